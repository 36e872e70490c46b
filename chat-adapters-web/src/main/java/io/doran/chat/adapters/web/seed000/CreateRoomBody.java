package io.doran.chat.adapters.web.seed000;

import java.util.List;

/** Seed 000's room creation body (000 §1.1); its {@code createdAt} is the server's to decide and is not read. */
public record CreateRoomBody(String creatorId, List<String> targetUserIds, String name) {
}
