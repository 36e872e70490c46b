package io.doran.chat.adapters.ws;

import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorMessages;
import io.doran.chat.domain.error.RateLimitedException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text frames of SPEC §5. Every frame is an object whose {@code type} names it; a message
 * travels with the same fields as in REST responses, so one client model serves both. Since
 * {@code type} names the frame, a notification's own type (004) travels as {@code notificationType},
 * as a message's travels as {@code messageType}.
 */
final class Frames {

    private final JsonMapper json;

    Frames(JsonMapper json) {
        this.json = json;
    }

    /**
     * The frame of a live update as UTF-8 bytes, computed once per delivery and shared by all its
     * recipients (each sends a slice of it; nobody writes to it).
     */
    ByteBuffer encodeUtf8(LiveUpdate update) {
        return ByteBuffer.wrap(json.writeValueAsBytes(frameOf(update)));
    }

    /** A message frame: {@code type} first, then the message's own fields, written in one pass. */
    private record MessageFrame(String type, @JsonUnwrapped MessageView message) {
    }

    private Object frameOf(LiveUpdate update) {
        return switch (update) {
            case LiveUpdate.NewMessage m -> message("new-message", m.message());
            case LiveUpdate.MessageEdited m -> message("message-edited", m.message());
            case LiveUpdate.MessageDeleted d -> frame("message-deleted", "roomId", d.room(), "messageId", d.messageId(),
                    "deletedBy", d.deletedBy());
            case LiveUpdate.ReactionChanged r -> frame("reaction-changed", "roomId", r.room(), "messageId", r.messageId(),
                    "userId", r.userId(), "kind", r.kind(), "on", r.on());
            case LiveUpdate.MessageRead r -> frame("message-read", "roomId", r.room(), "userId", r.userId(),
                    "messageId", r.messageId());
            case LiveUpdate.Typing t -> frame("typing-indicator", "roomId", t.room(), "userId", t.userId(),
                    "nicknameMask", t.nicknameMask(), "isTyping", t.isTyping());
            case LiveUpdate.UserJoined j -> frame("user-joined", "roomId", j.room(), "userId", j.userId(),
                    "nicknameMask", j.nicknameMask(), "memberCount", j.memberCount());
            case LiveUpdate.UserLeft l -> frame("user-left", "roomId", l.room(), "userId", l.userId(),
                    "memberCount", l.memberCount());
            case LiveUpdate.RoomUpdated r -> frame("room-updated", "roomId", r.room(), "name", r.name());
            case LiveUpdate.ParticipantAdded p -> frame("participant-added", "roomId", p.room(), "participant",
                    p.participant());
            case LiveUpdate.ParticipantRemoved p -> frame("participant-removed", "roomId", p.room(), "userId",
                    p.userId(), "by", p.by());
            case LiveUpdate.RoleChanged r -> frame("role-changed", "roomId", r.room(), "userId", r.userId(),
                    "role", r.role());
            case LiveUpdate.DisplayNameChanged d -> frame("participant-updated", "roomId", d.room(), "userId",
                    d.userId(), "displayName", d.displayName());
            case LiveUpdate.RoomDeleted d -> frame("room-deleted", "roomId", d.room());
            case LiveUpdate.RoomLeft l -> frame("room-left", "roomId", l.room());
            case LiveUpdate.Presence p -> frame("presence", "userId", p.userId(), "online", p.online());
            case LiveUpdate.Notification n -> frame("notification", "notificationType", n.type(), "message", n.message(),
                    "link", n.link());
        };
    }

    String reply(String type, String ref, Object... fields) {
        Map<String, Object> frame = frame(type, fields);
        if (ref != null) {
            frame.put("ref", ref);
        }
        return write(frame);
    }

    String roomJoined(String roomId, int memberCount, List<MessageView> missed, boolean hasMore, String ref) {
        Map<String, Object> frame = frame("room-joined", "roomId", roomId, "memberCount", memberCount);
        frame.put("missed", missed);
        frame.put("hasMore", hasMore);
        if (ref != null) {
            frame.put("ref", ref);
        }
        return write(frame);
    }

    /** {@code error {code, message, ref?}} with {@code retryAfterMs} for rate limits (002). */
    String error(ChatException e, Locale locale, String ref) {
        Map<String, Object> frame = frame("error", "code", e.code().name(), "message", ErrorMessages.describe(e, locale));
        if (e instanceof RateLimitedException limited) {
            frame.put("retryAfterMs", limited.retryAfter().toMillis());
        }
        if (ref != null) {
            frame.put("ref", ref);
        }
        return write(frame);
    }

    String error(ErrorCode code, List<Object> args, Locale locale, String ref) {
        return error(new ChatException(code, args.toArray()), locale, ref);
    }

    private static Object message(String type, MessageView message) {
        return new MessageFrame(type, message);
    }

    private static Map<String, Object> frame(String type, Object... fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            frame.put((String) fields[i], fields[i + 1]);
        }
        return frame;
    }

    private String write(Map<String, Object> frame) {
        return json.writeValueAsString(frame);
    }
}
