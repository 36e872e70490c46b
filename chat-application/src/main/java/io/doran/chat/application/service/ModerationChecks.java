package io.doran.chat.application.service;

import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;

/** The refusals bans and mutes cause elsewhere (issue 18): a banned user is not let in, a muted one does not send. */
final class ModerationChecks {

    private final ModerationRepository moderation;
    private final Clock clock;

    ModerationChecks(ModerationRepository moderation, Clock clock) {
        this.moderation = moderation;
        this.clock = clock;
    }

    /** No moderation store: nothing is refused (services built without one, in tests of other features). */
    static ModerationChecks none() {
        return new ModerationChecks(null, Clock.systemUTC());
    }

    /** Refuses with {@code BANNED} while {@code user} is banned from the room. */
    void requireNotBanned(RoomId roomId, UserId user) {
        if (moderation != null && moderation.findBan(roomId, user).filter(ban -> ban.isActive(clock.instant())).isPresent()) {
            throw new ChatException(ErrorCode.BANNED);
        }
    }

    /** Refuses with {@code MUTED} while {@code user} is muted in the room. */
    void requireNotMuted(RoomId roomId, UserId user) {
        if (moderation != null && moderation.findMute(roomId, user).filter(mute -> mute.isActive(clock.instant())).isPresent()) {
            throw new ChatException(ErrorCode.MUTED);
        }
    }

    void forget(RoomId roomId) {
        if (moderation != null) {
            moderation.deleteRoom(roomId);
        }
    }
}
