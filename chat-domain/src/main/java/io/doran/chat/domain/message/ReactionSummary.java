package io.doran.chat.domain.message;

import java.util.Map;
import java.util.Set;

/** What a message shows of its reactions (000): counts per kind and the caller's own kinds. */
public record ReactionSummary(Map<ReactionKind, Long> counts, Set<ReactionKind> mine) {

    private static final ReactionSummary EMPTY = new ReactionSummary(Map.of(), Set.of());

    public ReactionSummary {
        counts = Map.copyOf(counts);
        mine = Set.copyOf(mine);
    }

    public static ReactionSummary empty() {
        return EMPTY;
    }
}
