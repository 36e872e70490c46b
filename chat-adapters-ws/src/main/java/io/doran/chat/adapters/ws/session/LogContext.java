package io.doran.chat.adapters.ws.session;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import org.slf4j.MDC;

/**
 * The user and the room a WebSocket frame is about, in the logging context (SLF4J's MDC, keys {@code userId} and
 * {@code roomId}, as REST requests have them): every line logged while a frame of {@code /chat}, Socket.IO or seed
 * 001's WebSocket is handled carries them, in the console pattern's {@code [userId] [roomId]} and as fields of
 * structured lines; both are cleared when the frame is answered. Only validated values go in (a {@link UserId} has no
 * control characters, a room id is a UUID), so a client cannot forge log lines.
 */
public final class LogContext {

    public static final String USER = "userId";
    public static final String ROOM = "roomId";

    private LogContext() {
    }

    /** The room a client frame is about; {@code null} for those about no room. */
    static RoomId roomOf(ClientFrame frame) {
        return switch (frame) {
            case ClientFrame.JoinRoom join -> join.roomId();
            case ClientFrame.LeaveRoom leave -> leave.roomId();
            case ClientFrame.SendMessage send -> send.roomId();
            case ClientFrame.EditMessage edit -> edit.roomId();
            case ClientFrame.DeleteMessage delete -> delete.roomId();
            case ClientFrame.React react -> react.roomId();
            case ClientFrame.Read read -> read.roomId();
            case ClientFrame.Typing typing -> typing.roomId();
            case ClientFrame.Authenticate authenticate -> null;
            case ClientFrame.Ping ping -> null;
        };
    }

    /** Puts the user (when known) and the room (when the frame names one) in the context. */
    static void of(UserId user, ClientFrame frame) {
        if (user != null) {
            MDC.put(USER, user.value());
        }
        RoomId room = roomOf(frame);
        if (room != null) {
            MDC.put(ROOM, room.toString());
        }
    }

    /** Puts the user in the context, for what a connection does outside a frame (connecting, disconnecting). */
    static void user(UserId user) {
        MDC.put(USER, user.value());
    }

    /**
     * Runs {@code action} (a line to log) with {@code user} in the context, then puts back what was there: the
     * thread may be in the middle of something else, such as a fan-out that closes a slow consumer.
     */
    static void asUser(UserId user, Runnable action) {
        String previous = MDC.get(USER);
        MDC.put(USER, user.value());
        try {
            action.run();
        } finally {
            if (previous == null) {
                MDC.remove(USER);
            } else {
                MDC.put(USER, previous);
            }
        }
    }

    static void clear() {
        MDC.remove(USER);
        MDC.remove(ROOM);
    }
}
