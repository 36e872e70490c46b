package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The reaction kinds this server accepts (000: like, love, laugh, sad, angry; a setting). */
public record ReactionPolicy(Set<ReactionKind> allowed) {

    public ReactionPolicy {
        if (allowed == null || allowed.isEmpty()) {
            throw new IllegalArgumentException("at least one reaction kind is required");
        }
        allowed = Set.copyOf(new LinkedHashSet<>(allowed));
    }

    public static ReactionPolicy of(List<String> kinds) {
        return new ReactionPolicy(Set.copyOf(kinds.stream().map(ReactionKind::new).toList()));
    }

    public static ReactionPolicy defaults() {
        return of(List.of("like", "love", "laugh", "sad", "angry"));
    }

    /** The kind named {@code raw}; unknown kinds are {@code INVALID_REACTION}. */
    public ReactionKind kind(String raw) {
        if (raw == null) {
            throw new ChatException(ErrorCode.INVALID_REACTION);
        }
        String normalized = raw.strip().toLowerCase(Locale.ROOT);
        return allowed.stream().filter(kind -> kind.value().equals(normalized)).findFirst()
                .orElseThrow(() -> new ChatException(ErrorCode.INVALID_REACTION));
    }
}
