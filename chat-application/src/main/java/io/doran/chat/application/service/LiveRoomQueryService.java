package io.doran.chat.application.service;

import io.doran.chat.application.port.in.GetLiveRoomUseCase;
import io.doran.chat.application.port.in.LiveRoomView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * A room's live state read from the cluster-wide membership (000 {@code connect}): the same members and
 * count that {@code room-joined} and {@code user-joined} report, without opening a connection.
 */
public final class LiveRoomQueryService implements GetLiveRoomUseCase {

    private final RoomRepository rooms;
    private final RoomMembers members;
    private final Views views;
    private final Clock clock;

    public LiveRoomQueryService(RoomRepository rooms, RoomMembers members, UserDirectory directory,
                                ReactionRepository reactions, Clock clock) {
        this.rooms = rooms;
        this.members = members;
        this.views = new Views(directory, reactions);
        this.clock = clock;
    }

    @Override
    public LiveRoomView liveRoom(UserId viewer, RoomId roomId) {
        ChatRoom room = rooms.findById(roomId).orElseThrow(() -> new ChatException(ErrorCode.ROOM_NOT_FOUND));
        room.requireParticipant(viewer);
        room.requireOpen(clock.instant());
        Set<UserId> connected = members.members(roomId);
        List<ParticipantView> present = room.participants().stream()
                .filter(p -> connected.contains(p.userId()))
                .map(p -> views.participant(room, p))
                .toList();
        return new LiveRoomView(roomId.toString(), present.size(), present);
    }
}
