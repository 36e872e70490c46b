package io.doran.chat.application.service;

import io.doran.chat.application.port.out.RateLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * How often one user may do each kind of thing (SPEC §8; 002, 003): every action that is broadcast or written has a
 * token bucket of its own per user, shared by every node when the rate limiter lives in Redis. Over a limit, the
 * action is refused with {@code RATE_LIMITED} and when to retry.
 *
 * @param messages  sends (002: 30 per minute, burst allowed)
 * @param edits     edits and deletions of messages
 * @param reactions reactions added or removed
 * @param reads     read-marker moves
 * @param typing    typing frames (the indicator itself is also coalesced to one per second per room)
 * @param joins     live-room joins and leaves
 * @param requests  REST requests of any kind (003: 30 per second, burst 60)
 */
public record ActionLimits(RateLimit messages, RateLimit edits, RateLimit reactions, RateLimit reads, RateLimit typing,
                           RateLimit joins, RateLimit requests) {

    public ActionLimits {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(edits, "edits");
        Objects.requireNonNull(reactions, "reactions");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(typing, "typing");
        Objects.requireNonNull(joins, "joins");
        Objects.requireNonNull(requests, "requests");
    }

    /** A bucket named {@code name} of {@code perMinute} actions a minute, which is also its burst. */
    public static RateLimit perMinute(String name, int perMinute) {
        return new RateLimit(name, perMinute, perMinute, Duration.ofMinutes(1));
    }

    public static ActionLimits defaults() {
        return new ActionLimits(perMinute("messages", 30), perMinute("edits", 30), perMinute("reactions", 60),
                perMinute("reads", 120), perMinute("typing", 120), perMinute("joins", 60),
                new RateLimit("requests", 60, 30, Duration.ofSeconds(1)));
    }
}
