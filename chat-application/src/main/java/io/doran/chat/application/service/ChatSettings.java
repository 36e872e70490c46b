package io.doran.chat.application.service;

import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.message.ReactionPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The product settings the use cases obey, built by bootstrap from the {@code chat.*} properties.
 *
 * @param messages        text length limit (002: 1000 code points)
 * @param reactions       the accepted reaction kinds (000)
 * @param idempotencyTtl  how long a {@code clientMessageId} is remembered (24 h)
 * @param idleTimeout     how long a live room stays idle before it closes (000: 30 min)
 * @param missedLimit     how many missed messages a rejoin returns at most
 * @param unreadCap       unread counts stop counting here (a room list shows "999+")
 * @param limits          how often one user may do each kind of thing (SPEC §8)
 * @param tokenStoreCheck whether tokens must also be live in the token store (000)
 * @param devTokenTtl     lifetime of dev tokens (embedded default only)
 */
public record ChatSettings(MessagePolicy messages, ReactionPolicy reactions, Duration idempotencyTtl,
                           Duration idleTimeout, int missedLimit, int unreadCap, ActionLimits limits,
                           boolean tokenStoreCheck, Duration devTokenTtl) {

    public ChatSettings {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(reactions, "reactions");
        Objects.requireNonNull(idempotencyTtl, "idempotencyTtl");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(devTokenTtl, "devTokenTtl");
        if (missedLimit < 1 || unreadCap < 1) {
            throw new IllegalArgumentException("missedLimit and unreadCap must be positive");
        }
    }

    public static ChatSettings defaults() {
        return new ChatSettings(MessagePolicy.defaults(), ReactionPolicy.defaults(), Duration.ofHours(24),
                Duration.ofMinutes(30), 200, 999, ActionLimits.defaults(), true, Duration.ofHours(24));
    }

    public ChatSettings withTokenStoreCheck(boolean enabled) {
        return new ChatSettings(messages, reactions, idempotencyTtl, idleTimeout, missedLimit, unreadCap, limits, enabled,
                devTokenTtl);
    }
}
