package io.doran.chat.application.port.in;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.PostId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A user creates a room with other users (000, 001); with 3+ participants the creator is admin. */
public interface CreateRoomUseCase {

    RoomView create(Command command);

    /**
     * {@code ttl}: the room expires after it (002); at most a year. {@code admission}: who may join
     * uninvited (001), invite-only unless said otherwise.
     */
    record Command(UserId creator, RoomName name, List<UserId> participantIds, Optional<PostId> postId,
                   Visibility visibility, Optional<Duration> ttl, Admission admission) {

        public static final int MAX_PARTICIPANTS = 1000;

        /** An invite-only room. */
        public Command(UserId creator, RoomName name, List<UserId> participantIds, Optional<PostId> postId,
                       Visibility visibility, Optional<Duration> ttl) {
            this(creator, name, participantIds, postId, visibility, ttl, Admission.INVITE_ONLY);
        }

        public Command {
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(name, "name");
            participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
            if (participantIds.size() > MAX_PARTICIPANTS) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "at most " + MAX_PARTICIPANTS + " participants");
            }
            postId = postId == null ? Optional.empty() : postId;
            visibility = visibility == null ? Visibility.PRIVATE : visibility;
            ttl = ttl == null ? Optional.empty() : ttl;
            admission = admission == null ? Admission.INVITE_ONLY : admission;
            if (ttl.filter(t -> t.isNegative() || t.isZero() || t.compareTo(Duration.ofDays(366)) > 0).isPresent()) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "ttlHours must be between 1 and 8784");
            }
        }
    }
}
