package io.doran.chat.adapters.ws.channels;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.doran.chat.adapters.ws.session.FrameValues;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.Delivery;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 001's wire format (its Django Channels consumer): JSON text frames whose {@code type} names them. A client
 * sends {@code chat.message {message}}; the server sends {@code chat.message {message, sender, nickname,
 * profile_picture_url}}, {@code chat.user.join {username}}, {@code chat.user.leave {username}}, and, for what
 * the document leaves unsaid, {@code error {code, message, retry_after_ms?}} (Doran's error codes). Jackson
 * reads and writes the records below by their {@code type}; nothing is coerced.
 */
final class ChannelsCodec {

    /** What reading a client frame gave: the message, or why it was refused. */
    sealed interface Read {
    }

    record Frame(ChatMessage frame) implements Read {
    }

    record Refused(ChatException reason) implements Read {
    }

    /** What a seed 001 client sends: only {@code chat.message}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes(@JsonSubTypes.Type(value = ChatMessage.class, name = "chat.message"))
    sealed interface ClientMessage {
    }

    /** A text message to the connection's room. */
    record ChatMessage(String message) implements ClientMessage {
        ChatMessage {
            if (message == null) {
                throw new ChatException(ErrorCode.MALFORMED_FRAME, "message is required");
            }
        }
    }

    /** What the server sends a seed 001 client. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Posted.class, name = "chat.message"),
            @JsonSubTypes.Type(value = UserJoin.class, name = "chat.user.join"),
            @JsonSubTypes.Type(value = UserLeave.class, name = "chat.user.leave"),
            @JsonSubTypes.Type(value = Error.class, name = "error")})
    sealed interface ServerMessage {
    }

    /** A message of the room: {@code sender} is the author's email (their user id when unknown), as in 001. */
    record Posted(String message, String sender, String nickname,
                  @JsonProperty("profile_picture_url") String profilePictureUrl) implements ServerMessage {
    }

    record UserJoin(String username) implements ServerMessage {
    }

    record UserLeave(String username) implements ServerMessage {
    }

    /** A refusal: Doran's error code, its text in the handshake's language, and the wait for a rate limit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String code, String message, @JsonProperty("retry_after_ms") Long retryAfterMs)
            implements ServerMessage {
    }

    /** What an update that this surface does not show encodes to: no frame. */
    static final ByteBuffer NOTHING = ByteBuffer.allocate(0).asReadOnlyBuffer();

    /** Writes live updates as seed 001 frames: one encoding per delivery, shared by all its recipients. */
    final Delivery.Encoding<ByteBuffer> encoding = update -> shown(update).map(this::bytes).orElse(NOTHING);

    private final JsonMapper json;

    ChannelsCodec(JsonMapper json) {
        this.json = FrameValues.strict(json.rebuild()).build();
    }

    private ByteBuffer bytes(ServerMessage message) {
        return ByteBuffer.wrap(json.writeValueAsBytes(message));
    }

    /**
     * Reads a client frame. Not JSON, not an object, no string {@code type}, no {@code message} or one that is not
     * a string → {@code MALFORMED_FRAME}; any other {@code type} → {@code UNKNOWN_FRAME_TYPE}.
     */
    Read read(String text) {
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JacksonException e) {
            return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "not JSON"));
        }
        if (tree == null || !tree.isObject()) {
            return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "a frame is a JSON object"));
        }
        JsonNode type = tree.get("type");
        if (type == null || !type.isString()) {
            return new Refused(new ChatException(ErrorCode.MALFORMED_FRAME, "type must be a string"));
        }
        try {
            return new Frame((ChatMessage) json.treeToValue(tree, ClientMessage.class));
        } catch (InvalidTypeIdException e) {
            return new Refused(new ChatException(ErrorCode.UNKNOWN_FRAME_TYPE, type.asString()));
        } catch (JacksonException e) {
            ChatException refusal = domainRefusal(e);
            return new Refused(refusal != null ? refusal : new ChatException(ErrorCode.MALFORMED_FRAME, describe(e)));
        }
    }

    /** The session's reply as this surface shows it: refusals only (seed 001 has no acknowledgements). */
    Optional<String> write(ServerFrame frame) {
        return Optional.ofNullable(switch (frame) {
            case ServerFrame.Error error -> new Error(error.code().name(), error.message(), error.retryAfterMs());
            case ServerFrame.AuthError error -> new Error(error.code().name(), error.message(), null);
            default -> null;
        }).map(json::writeValueAsString);
    }

    /** What this surface shows of a live update: new messages, who joined and who left; nothing else. */
    static Optional<ServerMessage> shown(LiveUpdate update) {
        return Optional.ofNullable(switch (update) {
            case LiveUpdate.NewMessage posted -> posted(posted);
            case LiveUpdate.UserJoined joined -> new UserJoin(joined.displayName());
            case LiveUpdate.UserLeft left -> new UserLeave(left.displayName());
            default -> null;
        });
    }

    /** A message as 001 shows it: its text (an image's URL), its author's email, display name and picture. */
    private static Posted posted(LiveUpdate.NewMessage posted) {
        MessageView message = posted.message();
        return new Posted(message.content() != null ? message.content() : message.imageUrl(),
                posted.authorEmail() != null ? posted.authorEmail() : message.userId(), message.displayName(),
                posted.authorPictureUrl());
    }

    /** The domain's refusal inside Jackson's exception (a constructor threw it), if any. */
    private static ChatException domainRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChatException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Which field was wrong, for the client: "message has the wrong type", never Jackson's own text. */
    private static String describe(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (path == null || path.isEmpty() || path.getLast().getPropertyName() == null) {
            return "a field has the wrong type";
        }
        return path.getLast().getPropertyName() + " has the wrong type";
    }
}
