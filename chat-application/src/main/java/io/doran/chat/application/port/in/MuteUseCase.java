package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;

/**
 * Mutes (issue 18): a moderator lets a participant read but not send ({@code MUTED}) for some minutes, or lifts it.
 * Who may mute whom is the domain's permission table.
 */
public interface MuteUseCase {

    MuteView mute(UserId actor, RoomId roomId, UserId target, long minutes);

    /** Lifts {@code target}'s mute; lifting a mute there is not changes nothing. */
    void unmute(UserId actor, RoomId roomId, UserId target);

    record MuteView(String roomId, String userId, String mutedBy, Instant mutedAt, Instant until) {
    }
}
