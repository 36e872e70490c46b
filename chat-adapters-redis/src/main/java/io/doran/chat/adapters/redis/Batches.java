package io.doran.chat.adapters.redis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the keys of a node-wide job (the heartbeats of every connection) into scripts of a bounded size: one round
 * trip per batch instead of one per key, and no single script long enough to hold up Redis for everyone else.
 */
final class Batches {

    /** Keys per script: a few milliseconds of Redis's time at most. */
    static final int SIZE = 500;

    private Batches() {
    }

    static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> batches = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            batches.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return batches;
    }
}
