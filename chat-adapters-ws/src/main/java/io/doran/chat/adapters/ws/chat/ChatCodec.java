package io.doran.chat.adapters.ws.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.doran.chat.adapters.ws.session.ClientFrame;
import io.doran.chat.adapters.ws.session.FrameValues;
import io.doran.chat.adapters.ws.session.Ref;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.nio.ByteBuffer;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /chat} wire format (SPEC §5): every frame is a JSON object whose {@code type} names it. Jackson
 * reads client frames into the typed {@link ClientFrame} records by their {@code type} and writes server frames
 * and live updates from their records; the names and the few renamings of this wire live in the mix-ins below,
 * so the session's records stay transport-neutral.
 */
final class ChatCodec {

    /** What reading a client frame gave: the frame, or why it was refused (with its {@code ref} when readable). */
    sealed interface Read {
    }

    record Frame(ClientFrame frame) implements Read {
    }

    record Refused(ChatException reason, Ref ref) implements Read {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ClientFrame.Authenticate.class, name = "authenticate"),
            @JsonSubTypes.Type(value = ClientFrame.JoinRoom.class, name = "join-room"),
            @JsonSubTypes.Type(value = ClientFrame.LeaveRoom.class, name = "leave-room"),
            @JsonSubTypes.Type(value = ClientFrame.SendMessage.class, name = "send-message"),
            @JsonSubTypes.Type(value = ClientFrame.EditMessage.class, name = "edit-message"),
            @JsonSubTypes.Type(value = ClientFrame.DeleteMessage.class, name = "delete-message"),
            @JsonSubTypes.Type(value = ClientFrame.React.class, name = "react"),
            @JsonSubTypes.Type(value = ClientFrame.Read.class, name = "read"),
            @JsonSubTypes.Type(value = ClientFrame.Typing.class, name = "typing"),
            @JsonSubTypes.Type(value = ClientFrame.Ping.class, name = "ping")})
    private interface ClientFrames {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ServerFrame.AuthSuccess.class, name = "auth-success"),
            @JsonSubTypes.Type(value = ServerFrame.AuthError.class, name = "auth-error"),
            @JsonSubTypes.Type(value = ServerFrame.RoomJoined.class, name = "room-joined"),
            @JsonSubTypes.Type(value = ServerFrame.RoomLeft.class, name = "room-left"),
            @JsonSubTypes.Type(value = ServerFrame.Pong.class, name = "pong"),
            @JsonSubTypes.Type(value = ServerFrame.Ack.class, name = "ack"),
            @JsonSubTypes.Type(value = ServerFrame.Error.class, name = "error"),
            @JsonSubTypes.Type(value = ServerFrame.SessionExpired.class, name = "session-expired")})
    private interface ServerFrames {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Ref ref();
    }

    private abstract static class AckFrame {
        @JsonUnwrapped
        abstract ServerFrame.AckResult result();
    }

    private abstract static class ErrorFrame {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Long retryAfterMs();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = LiveUpdate.NewMessage.class, name = "new-message"),
            @JsonSubTypes.Type(value = LiveUpdate.MessageEdited.class, name = "message-edited"),
            @JsonSubTypes.Type(value = LiveUpdate.MessageDeleted.class, name = "message-deleted"),
            @JsonSubTypes.Type(value = LiveUpdate.ReactionChanged.class, name = "reaction-changed"),
            @JsonSubTypes.Type(value = LiveUpdate.MessageRead.class, name = "message-read"),
            @JsonSubTypes.Type(value = LiveUpdate.ReplyCountChanged.class, name = "reply-count-changed"),
            @JsonSubTypes.Type(value = LiveUpdate.MessagePinned.class, name = "message-pinned"),
            @JsonSubTypes.Type(value = LiveUpdate.MessageUnpinned.class, name = "message-unpinned"),
            @JsonSubTypes.Type(value = LiveUpdate.Typing.class, name = "typing-indicator"),
            @JsonSubTypes.Type(value = LiveUpdate.UserJoined.class, name = "user-joined"),
            @JsonSubTypes.Type(value = LiveUpdate.UserLeft.class, name = "user-left"),
            @JsonSubTypes.Type(value = LiveUpdate.RoomUpdated.class, name = "room-updated"),
            @JsonSubTypes.Type(value = LiveUpdate.ParticipantAdded.class, name = "participant-added"),
            @JsonSubTypes.Type(value = LiveUpdate.ParticipantRemoved.class, name = "participant-removed"),
            @JsonSubTypes.Type(value = LiveUpdate.RoleChanged.class, name = "role-changed"),
            @JsonSubTypes.Type(value = LiveUpdate.DisplayNameChanged.class, name = "participant-updated"),
            @JsonSubTypes.Type(value = LiveUpdate.RoomDeleted.class, name = "room-deleted"),
            @JsonSubTypes.Type(value = LiveUpdate.RoomLeft.class, name = "room-left"),
            @JsonSubTypes.Type(value = LiveUpdate.UserBanned.class, name = "user-banned"),
            @JsonSubTypes.Type(value = LiveUpdate.UserMuted.class, name = "user-muted"),
            @JsonSubTypes.Type(value = LiveUpdate.Presence.class, name = "presence"),
            @JsonSubTypes.Type(value = LiveUpdate.Notification.class, name = "notification")})
    private interface LiveUpdates {
    }

    /** A message update carries the message's own fields beside {@code type}, as in REST. */
    private abstract static class MessageUpdate {
        @JsonUnwrapped
        abstract MessageView message();
    }

    /** Seed 001's author email and picture are for its own surface: {@code /chat} does not show emails. */
    private abstract static class NewMessageUpdate extends MessageUpdate {
        @JsonIgnore
        abstract String authorEmail();

        @JsonIgnore
        abstract String authorPictureUrl();
    }

    /** {@code type} names the frame, so a notification's own type travels as {@code notificationType}. */
    private abstract static class NotificationUpdate {
        @JsonProperty("notificationType")
        abstract String type();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String roomId();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String messageId();
    }

    /** Writes live updates as {@code /chat} frames: one encoding per delivery, shared by all its recipients. */
    final Delivery.Encoding<ByteBuffer> encoding = update -> ByteBuffer.wrap(writeBytes(update));

    private final JsonMapper json;

    ChatCodec(JsonMapper json) {
        this.json = FrameValues.strict(json.rebuild())
                .addMixIn(ClientFrame.class, ClientFrames.class)
                .addMixIn(ServerFrame.class, ServerFrames.class)
                .addMixIn(ServerFrame.Ack.class, AckFrame.class)
                .addMixIn(ServerFrame.Error.class, ErrorFrame.class)
                .addMixIn(LiveUpdate.class, LiveUpdates.class)
                .addMixIn(LiveUpdate.NewMessage.class, NewMessageUpdate.class)
                .addMixIn(LiveUpdate.MessageEdited.class, MessageUpdate.class)
                .addMixIn(LiveUpdate.Notification.class, NotificationUpdate.class)
                .build();
    }

    /**
     * Reads a client frame. Not JSON, not an object, no string {@code type}, a field missing or of the wrong
     * JSON type → {@code MALFORMED_FRAME}; a {@code type} nobody knows → {@code UNKNOWN_FRAME_TYPE}; a value
     * the domain refuses (a malformed room id, ...) → that refusal.
     */
    Read read(String text) {
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JacksonException e) {
            return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "not JSON"), null);
        }
        if (tree == null || !tree.isObject()) {
            return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "a frame is a JSON object"), null);
        }
        Ref ref = null;
        JsonNode refNode = tree.get("ref");
        if (refNode != null && !refNode.isNull()) {
            if (!refNode.isString() && !refNode.isNumber()) {
                return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "ref must be a string or a number"), null);
            }
            ref = new Ref(refNode.asString(), refNode.isNumber());
        }
        JsonNode type = tree.get("type");
        if (type == null || !type.isString()) {
            return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "type must be a string"), ref);
        }
        try {
            return new Frame(json.treeToValue(tree, ClientFrame.class));
        } catch (InvalidTypeIdException e) {
            return new Refused(new ChatException(ErrorCode.UNKNOWN_FRAME_TYPE, type.asString()), ref);
        } catch (JacksonException e) {
            ChatException refusal = domainRefusal(e);
            return new Refused(refusal != null ? refusal
                    : new ChatException(ErrorCode.MALFORMED_FRAME, describe(e)), ref);
        }
    }

    String write(ServerFrame frame) {
        return json.writeValueAsString(frame);
    }

    private byte[] writeBytes(LiveUpdate update) {
        return json.writeValueAsBytes(update);
    }

    /** The domain's refusal inside Jackson's exception (a constructor or value reader threw it), if any. */
    private static ChatException domainRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChatException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Which field was wrong, for the client: "roomId has the wrong type", never Jackson's own text. */
    private static String describe(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (path == null || path.isEmpty() || path.getLast().getPropertyName() == null) {
            return "a field has the wrong type";
        }
        return path.getLast().getPropertyName() + " has the wrong type";
    }
}
