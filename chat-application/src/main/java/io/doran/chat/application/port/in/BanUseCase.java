package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bans (issue 18): a moderator bans a user, who is removed and refused ({@code BANNED}) until the ban ends; lifts a
 * ban; lists the room's bans in force. Who may ban whom is the domain's permission table.
 */
public interface BanUseCase {

    /** Bans {@code target}; {@code minutes} empty is for good. */
    BanView ban(UserId actor, RoomId roomId, UserId target, Optional<String> reason, Optional<Long> minutes);

    /** Lifts {@code target}'s ban; lifting a ban there is not changes nothing. */
    void unban(UserId actor, RoomId roomId, UserId target);

    /** The bans in force, the latest first. */
    List<BanView> bans(UserId actor, RoomId roomId);

    /** A ban as clients see it; {@code reason} and {@code until} are {@code null} when there is none. */
    record BanView(String roomId, String userId, String bannedBy, String reason, Instant bannedAt, Instant until) {
    }
}
