package io.doran.chat.adapters.ws.session;

import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.ReactionsView;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorMessages;
import io.doran.chat.domain.error.RateLimitedException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a live session says to one connection (SPEC §5, §11), whatever the transport: the one reply to a client
 * frame (its own reply, an {@link Ack} or an {@link Error}, carrying the frame's {@code ref}) and the session's
 * own notices. Broadcast updates travel separately, as shared deliveries encoded once per transport.
 */
public sealed interface ServerFrame {

    /** The client's reference of the frame this answers; null for notices and frames without one. */
    Ref ref();

    record AuthSuccess(String userId, Ref ref) implements ServerFrame {
    }

    /** Authentication refused, or a frame sent before authenticating; {@code code} says why. */
    record AuthError(ErrorCode code, String message, Ref ref) implements ServerFrame {
    }

    /** With {@code lastMessageId}, {@code missed} holds what the client missed, oldest first. */
    record RoomJoined(String roomId, int memberCount, List<MessageView> missed, boolean hasMore, Ref ref)
            implements ServerFrame {
        public RoomJoined {
            missed = List.copyOf(missed);
        }
    }

    record RoomLeft(String roomId, Ref ref) implements ServerFrame {
    }

    record Pong(Ref ref) implements ServerFrame {
    }

    /** A frame without a reply of its own succeeded; {@code result} says with what. */
    record Ack(Ref ref, AckResult result) implements ServerFrame {
    }

    /** A frame was refused; {@code retryAfterMs} for rate limits (002). */
    record Error(ErrorCode code, String message, Long retryAfterMs, Ref ref) implements ServerFrame {

        public static Error of(ChatException e, Locale locale, Ref ref) {
            Long retryAfter = e instanceof RateLimitedException limited ? limited.retryAfter().toMillis() : null;
            return new Error(e.code(), ErrorMessages.describe(e, locale), retryAfter, ref);
        }
    }

    /** The session's token expired or was revoked (re-validation, SPEC §2); the connection closes next. */
    record SessionExpired(ErrorCode code, String message) implements ServerFrame {
        @Override
        public Ref ref() {
            return null;
        }
    }

    /** The result an {@link Ack} carries, by the frame it answers. */
    sealed interface AckResult {
    }

    /** {@code send-message}: the message as stored (the first one, for a repeated {@code clientMessageId}). */
    record Sent(String messageId, String clientMessageId, Instant createdAt) implements AckResult {
        static Sent of(MessageView message) {
            return new Sent(message.messageId(), message.clientMessageId(), message.createdAt());
        }
    }

    /** {@code edit-message}: when, and how many edits the message has now (issue 18). */
    record Edited(String messageId, Instant editedAt, int editCount) implements AckResult {
    }

    record Deleted(String messageId) implements AckResult {
    }

    record Reacted(String messageId, Map<String, Long> counts, Set<String> myReactions) implements AckResult {
        static Reacted of(ReactionsView reactions) {
            return new Reacted(reactions.messageId(), reactions.reactions(), reactions.myReactions());
        }
    }

    record Read(String messageId, int unreadCount) implements AckResult {
    }

    /** Frames whose success says nothing more ({@code typing}, ...). */
    record Done() implements AckResult {
    }
}
