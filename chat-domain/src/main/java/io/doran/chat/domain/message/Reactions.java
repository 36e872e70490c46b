package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.UserId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One message's reactions with set semantics (000): each user holds each kind at most once, adding
 * twice is a no-op, removing what is not there is a no-op. Not thread-safe; stores keep one per message.
 */
public final class Reactions {

    private final Map<ReactionKind, Set<UserId>> byKind = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));

    /** Adds {@code kind} for {@code user}; true when it was not there yet. */
    public boolean add(UserId user, ReactionKind kind) {
        return byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(user);
    }

    /** Removes {@code kind} for {@code user}; true when it was there. */
    public boolean remove(UserId user, ReactionKind kind) {
        Set<UserId> users = byKind.get(kind);
        if (users == null || !users.remove(user)) {
            return false;
        }
        if (users.isEmpty()) {
            byKind.remove(kind);
        }
        return true;
    }

    /** How many users hold each kind; kinds nobody holds are absent. */
    public Map<ReactionKind, Long> counts() {
        Map<ReactionKind, Long> counts = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        byKind.forEach((kind, users) -> counts.put(kind, (long) users.size()));
        return Collections.unmodifiableMap(counts);
    }

    /** The kinds {@code user} holds. */
    public Set<ReactionKind> of(UserId user) {
        return byKind.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Counts plus what {@code viewer} holds (nothing for an anonymous viewer). */
    public ReactionSummary summaryFor(Optional<UserId> viewer) {
        return new ReactionSummary(counts(), viewer.map(this::of).orElse(Set.of()));
    }

    public boolean isEmpty() {
        return byKind.isEmpty();
    }
}
