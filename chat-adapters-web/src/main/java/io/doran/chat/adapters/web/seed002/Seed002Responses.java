package io.doran.chat.adapters.web.seed002;

import java.time.Instant;
import java.util.List;

/** Seed 002's REST response bodies (§6, §7), field for field. */
final class Seed002Responses {

    private Seed002Responses() {
    }

    /** {@code nickname}: the author's display name; {@code type}: text, image or emoji (002). */
    record Message(String messageId, String userId, String nickname, String nicknameMask, String type, String content,
                   String imageUrl, Instant createdAt) {
    }

    record Messages(List<Message> messages, boolean hasMore) {
    }

    record Deleted(boolean success) {
    }
}
