package io.doran.chat.adapters.web.seed000;

import io.doran.chat.adapters.web.auth.ClaimedUser;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/chatrooms} with seed 000's body {@code {creatorId?, targetUserIds, name, createdAt?}}. The
 * path is today's too, so the room controller hands such bodies here; the creator is the caller, who must be
 * the {@code creatorId} when one is given, and with three or more participants becomes admin (the domain's rule).
 */
@Component
public class Seed000RoomCreation {

    private final CreateRoomUseCase createRoom;
    private final Seed000Mapper mapper;

    Seed000RoomCreation(CreateRoomUseCase createRoom, Seed000Mapper mapper) {
        this.createRoom = createRoom;
        this.mapper = mapper;
    }

    /** Creates the room and answers 201 in seed 000's shape. */
    public ResponseEntity<Object> create(Caller caller, CreateRoomBody body) {
        ClaimedUser.requireCaller(caller, body.creatorId());
        List<UserId> targets = body.targetUserIds() == null ? List.of()
                : body.targetUserIds().stream().map(Seed000RoomCreation::userId).toList();
        var room = createRoom.create(new CreateRoomUseCase.Command(caller.userId(), new RoomName(body.name()), targets,
                Optional.empty(), Visibility.PRIVATE, Optional.empty()));
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.room(room));
    }

    static UserId userId(String raw) {
        if (raw == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "user ids must not be null");
        }
        return UserId.of(raw);
    }
}
