package io.doran.chat.adapters.ws.session;

import io.doran.chat.application.port.in.JoinLiveRoomUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.adapters.ws.session.ServerFrame.Ack;
import io.doran.chat.domain.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each client frame of a signed-in session to its use case and answers its reply (SPEC §5, §11): the
 * frame's own reply where it has one ({@code room-joined}, {@code room-left}, {@code pong}), else an
 * {@code ack} with the result. Refusals are the use cases' {@code ChatException}s.
 */
final class FrameDispatcher {

    private static final Logger log = LoggerFactory.getLogger(FrameDispatcher.class);

    private final WsUseCases useCases;
    private final SessionMetrics metrics;

    FrameDispatcher(WsUseCases useCases, SessionMetrics metrics) {
        this.useCases = useCases;
        this.metrics = metrics;
    }

    ServerFrame dispatch(LiveSession session, ClientFrame frame) {
        UserId user = session.userId();
        Ref ref = frame.ref();
        return switch (frame) {
            case ClientFrame.JoinRoom join -> {
                JoinLiveRoomUseCase.Joined joined = useCases.join().join(session.id(), join.roomId(), join.lastMessageId());
                log.info("Connection {} joined room {} ({} members live)", session.id(), joined.roomId(), joined.memberCount());
                yield new ServerFrame.RoomJoined(joined.roomId(), joined.memberCount(), joined.missed(), joined.hasMore(), ref);
            }
            case ClientFrame.LeaveRoom leave -> {
                useCases.leave().leave(session.id(), leave.roomId());
                log.info("Connection {} left room {}", session.id(), leave.roomId());
                yield new ServerFrame.RoomLeft(leave.roomId().toString(), ref);
            }
            case ClientFrame.SendMessage send -> {
                MessageView sent = useCases.send().send(new SendMessageUseCase.Command(user, send.roomId(),
                        send.messageType(), send.content(), send.imageUrl(), send.clientMessageId(), send.replyTo()));
                metrics.messageSent(session.transport(), sent.messageType());
                yield new Ack(ref, ServerFrame.Sent.of(sent));
            }
            case ClientFrame.EditMessage edit -> {
                MessageView edited = useCases.edit().edit(user, edit.roomId(), edit.messageId(), edit.content());
                yield new Ack(ref, new ServerFrame.Edited(edited.messageId(), edited.editedAt(), edited.editCount()));
            }
            case ClientFrame.DeleteMessage delete -> {
                useCases.delete().delete(user, delete.roomId(), delete.messageId());
                yield new Ack(ref, new ServerFrame.Deleted(delete.messageId().asString()));
            }
            case ClientFrame.React react -> new Ack(ref, ServerFrame.Reacted.of(
                    useCases.react().react(user, react.roomId(), react.messageId(), react.kind(), react.on())));
            case ClientFrame.Read read -> new Ack(ref, new ServerFrame.Read(read.messageId().asString(),
                    useCases.read().markRead(user, read.roomId(), read.messageId())));
            case ClientFrame.Typing typing -> {
                useCases.typing().typing(session.id(), typing.roomId(), typing.isTyping());
                yield new Ack(ref, new ServerFrame.Done());
            }
            case ClientFrame.Ping ping -> new ServerFrame.Pong(ref);
            case ClientFrame.Authenticate authenticate -> throw new IllegalArgumentException("the session authenticates");
        };
    }
}
