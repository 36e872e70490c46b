package io.doran.chat.adapters.ws.socketio.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.doran.chat.adapters.ws.session.ClientFrame;
import io.doran.chat.adapters.ws.session.FrameValues;
import io.doran.chat.adapters.ws.session.Ref;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The live protocol in Socket.IO events (SPEC §10): which event is which typed client frame, and which event and
 * payload each reply and live update becomes, in each {@link Dialect}. Jackson reads the events' first argument
 * into records and writes the payloads from records, as strictly as on {@code /chat}.
 */
final class SocketIoCodec {

    /** What reading an event gave. */
    sealed interface Read {
    }

    record Frame(ClientFrame frame, Dialect dialect) implements Read {
    }

    record Refused(ChatException reason, Dialect dialect) implements Read {
    }

    /**
     * An event to emit: its name and its one argument. Broadcasts are encoded by an encoder on this codec's
     * mapper; a payload handed to a socket's own emit goes through {@link #tree} first, so this codec writes it.
     */
    record Event(String name, Object payload) {
    }

    // seed 002's and Doran's events, read into the session's records
    private record RoomOnly(RoomId roomId, Optional<MessageId> lastMessageId) {
    }

    private record Send(RoomId roomId, String type, String messageType, String content, String imageUrl,
                        Optional<ClientMessageId> clientMessageId, Optional<MessageId> replyTo) {
    }

    private record Edit(RoomId roomId, MessageId messageId, String content) {
    }

    private record OnMessage(RoomId roomId, MessageId messageId) {
    }

    private record React(RoomId roomId, MessageId messageId, String kind, Boolean on) {
    }

    private record Typing(RoomId roomId, Boolean isTyping) {
    }

    private record Token(String token) {
    }

    // seed 004's events: a study's id is the room's
    private record Study(RoomId studyId) {
    }

    private record StudyMessage(RoomId studyId, String content) {
    }

    /** Seed 002's message: the message's fields as Doran has them, and its type under 002's own name. */
    record SeedMessage(@JsonUnwrapped MessageView message, String type) {
    }

    /** Seed 004's {@code new_message}. */
    record StudyChat(String userId, String userName, String content, Instant sentAt) {
    }

    /** Seed 002's {@code user-joined}, exactly as its document gives it. */
    record SeedUserJoined(String roomId, String userId, String nicknameMask, int memberCount) {
    }

    /** Seed 002's {@code user-left}, exactly as its document gives it. */
    record SeedUserLeft(String roomId, String userId, int memberCount) {
    }

    private interface NoRef {
        @JsonIgnore
        Ref ref();
    }

    /** Only a mention names its room and message (issue 18): seed 004's notifications stay {type, message, link}. */
    private abstract static class NotificationPayload {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String roomId();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String messageId();
    }

    private abstract static class ErrorPayload {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Long retryAfterMs();
    }

    private final JsonMapper json;

    SocketIoCodec(JsonMapper json) {
        this.json = FrameValues.strict(json.rebuild())
                .addMixIn(ServerFrame.class, NoRef.class)
                .addMixIn(ServerFrame.Error.class, ErrorPayload.class)
                .addMixIn(LiveUpdate.Notification.class, NotificationPayload.class)
                .build();
    }

    JsonMapper json() {
        return json;
    }

    private static Event event(String name, Object payload) {
        return new Event(name, payload);
    }

    /** {@code payload} as this codec writes it, for a socket's own emit or acknowledgement. */
    JsonNode tree(Object payload) {
        return json.valueToTree(payload);
    }

    /**
     * Reads an event into a client frame. Unknown events are {@code UNKNOWN_FRAME_TYPE}; a missing or mistyped
     * field is {@code MALFORMED_FRAME} (a missing room id says so in seed 002's words); a value the domain refuses
     * keeps the domain's refusal.
     */
    Read read(String event, ArrayNode args) {
        Dialect dialect = event.contains("_") ? Dialect.SNAKE : Dialect.KEBAB;
        JsonNode payload = args.isEmpty() ? json.createObjectNode() : args.get(0);
        try {
            if (!payload.isObject()) {
                throw new ChatException(ErrorCode.MALFORMED_FRAME, "the event's argument must be an object");
            }
            ClientFrame frame = switch (event) {
                case "authenticate" -> new ClientFrame.Authenticate(read(payload, Token.class).token(), null);
                case "join-room" -> {
                    RoomOnly join = read(requireRoom(payload, "roomId"), RoomOnly.class);
                    yield new ClientFrame.JoinRoom(join.roomId(), join.lastMessageId(), null);
                }
                case "leave-room" -> new ClientFrame.LeaveRoom(read(requireRoom(payload, "roomId"), RoomOnly.class).roomId(), null);
                case "send-message" -> {
                    Send send = read(requireRoom(payload, "roomId"), Send.class);
                    yield new ClientFrame.SendMessage(send.roomId(), send.messageType() != null ? send.messageType() : send.type(),
                            send.content(), send.imageUrl(), send.clientMessageId(), send.replyTo(), null);
                }
                case "edit-message" -> {
                    Edit edit = read(requireRoom(payload, "roomId"), Edit.class);
                    yield new ClientFrame.EditMessage(edit.roomId(), edit.messageId(), edit.content(), null);
                }
                case "delete-message" -> {
                    OnMessage delete = read(requireRoom(payload, "roomId"), OnMessage.class);
                    yield new ClientFrame.DeleteMessage(delete.roomId(), delete.messageId(), null);
                }
                case "react" -> {
                    React react = read(requireRoom(payload, "roomId"), React.class);
                    yield new ClientFrame.React(react.roomId(), react.messageId(), react.kind(), react.on(), null);
                }
                case "read" -> {
                    OnMessage read = read(requireRoom(payload, "roomId"), OnMessage.class);
                    yield new ClientFrame.Read(read.roomId(), read.messageId(), null);
                }
                case "typing" -> {
                    Typing typing = read(requireRoom(payload, "roomId"), Typing.class);
                    yield new ClientFrame.Typing(typing.roomId(), typing.isTyping(), null);
                }
                case "ping" -> new ClientFrame.Ping(null);
                case "join_room" -> new ClientFrame.JoinRoom(read(requireRoom(payload, "studyId"), Study.class).studyId(),
                        Optional.empty(), null);
                case "leave_room" -> new ClientFrame.LeaveRoom(read(requireRoom(payload, "studyId"), Study.class).studyId(), null);
                case "send_message" -> {
                    StudyMessage send = read(requireRoom(payload, "studyId"), StudyMessage.class);
                    yield new ClientFrame.SendMessage(send.studyId(), null, send.content(), null, Optional.empty(), null);
                }
                default -> throw new ChatException(ErrorCode.UNKNOWN_FRAME_TYPE, event);
            };
            return new Frame(frame, dialect);
        } catch (ChatException e) {
            return new Refused(e, dialect);
        }
    }

    private static JsonNode requireRoom(JsonNode payload, String field) {
        JsonNode room = payload.get(field);
        if (room == null || room.isNull()) {
            throw ChatException.because(ErrorCode.MALFORMED_FRAME, ErrorReason.ROOM_ID_REQUIRED);
        }
        return payload;
    }

    private <T> T read(JsonNode payload, Class<T> type) {
        try {
            return json.treeToValue(payload, type);
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ChatException refusal) {
                    throw refusal;
                }
            }
            String field = e.getPath() == null || e.getPath().isEmpty() ? null : e.getPath().getLast().getPropertyName();
            throw new ChatException(ErrorCode.MALFORMED_FRAME, field == null ? "a field has the wrong type"
                    : field + " has the wrong type");
        }
    }

    // --- replies -----------------------------------------------------------------------------------

    /**
     * The event a reply becomes, in the dialect of the event it answers; empty when that dialect has none (an
     * {@code ack}'s result goes to the client's callback only, seed 004's {@code join_room} has no reply).
     */
    Optional<Event> reply(ServerFrame reply, Dialect dialect) {
        return Optional.ofNullable(switch (reply) {
            case ServerFrame.AuthSuccess success -> event("auth_success", success);
            case ServerFrame.AuthError error -> event("auth_error", error);
            case ServerFrame.RoomJoined joined -> dialect == Dialect.KEBAB ? event("room-joined", joined) : null;
            case ServerFrame.RoomLeft left -> dialect == Dialect.KEBAB ? event("room-left", left) : null;
            case ServerFrame.Pong pong -> event("pong", Map.of());
            case ServerFrame.Ack ack -> null;
            case ServerFrame.Error error -> event("error", error);
            case ServerFrame.SessionExpired expired -> event("session-expired", expired);
        });
    }

    /** What the client's callback gets for a reply: the {@code /chat} reply's fields, or {@code {error: {code, message}}}. */
    JsonNode ackPayload(ServerFrame reply) {
        return json.valueToTree(switch (reply) {
            case ServerFrame.Ack ack -> ack.result();
            case ServerFrame.Error error -> Map.of("error", error);
            case ServerFrame.AuthError error -> Map.of("error", error);
            default -> reply;
        });
    }

    // --- live updates ------------------------------------------------------------------------------

    /** The event a live update becomes in {@code dialect}; empty when that dialect does not show it. */
    Optional<Event> update(LiveUpdate update, Dialect dialect) {
        if (dialect == Dialect.SNAKE) {
            return Optional.ofNullable(switch (update) {
                case LiveUpdate.NewMessage posted -> event("new_message", new StudyChat(posted.message().userId(),
                        posted.message().displayName(), posted.message().content(), posted.message().createdAt()));
                case LiveUpdate.Notification notification -> event("notification", notification);
                default -> null;
            });
        }
        return Optional.of(switch (update) {
            case LiveUpdate.NewMessage posted -> event("new-message",
                    new SeedMessage(posted.message(), posted.message().messageType()));
            case LiveUpdate.MessageEdited edited -> event("message-edited",
                    new SeedMessage(edited.message(), edited.message().messageType()));
            case LiveUpdate.MessageDeleted deleted -> event("message-deleted", deleted);
            case LiveUpdate.ReactionChanged reaction -> event("reaction-changed", reaction);
            case LiveUpdate.MessageRead read -> event("message-read", read);
            case LiveUpdate.ReplyCountChanged replies -> event("reply-count-changed", replies);
            case LiveUpdate.MessagePinned pinned -> event("message-pinned", pinned);
            case LiveUpdate.MessageUnpinned unpinned -> event("message-unpinned", unpinned);
            case LiveUpdate.Typing typing -> event("typing-indicator", typing);
            case LiveUpdate.UserJoined joined -> event("user-joined", new SeedUserJoined(joined.roomId(), joined.userId(),
                    joined.nicknameMask(), joined.memberCount()));
            case LiveUpdate.UserLeft left -> event("user-left", new SeedUserLeft(left.roomId(), left.userId(),
                    left.memberCount()));
            case LiveUpdate.RoomUpdated renamed -> event("room-updated", renamed);
            case LiveUpdate.ParticipantAdded added -> event("participant-added", added);
            case LiveUpdate.ParticipantRemoved removed -> event("participant-removed", removed);
            case LiveUpdate.RoleChanged role -> event("role-changed", role);
            case LiveUpdate.DisplayNameChanged name -> event("participant-updated", name);
            case LiveUpdate.RoomDeleted deleted -> event("room-deleted", deleted);
            case LiveUpdate.RoomLeft left -> event("room-left", left);
            case LiveUpdate.UserBanned banned -> event("user-banned", banned);
            case LiveUpdate.UserMuted muted -> event("user-muted", muted);
            case LiveUpdate.Presence presence -> event("presence", presence);
            case LiveUpdate.Notification notification -> event("notification", notification);
        });
    }

    /** A refusal's payload for a CONNECT_ERROR's {@code data}. */
    static Map<String, Object> data(ErrorCode code) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code.name());
        return data;
    }
}
