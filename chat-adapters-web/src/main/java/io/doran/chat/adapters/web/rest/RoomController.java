package io.doran.chat.adapters.web.rest;

import static io.doran.chat.domain.error.ErrorCode.ALREADY_PARTICIPANT;
import static io.doran.chat.domain.error.ErrorCode.CONFLICT;
import static io.doran.chat.domain.error.ErrorCode.FORBIDDEN;
import static io.doran.chat.domain.error.ErrorCode.INVALID_ROOM_NAME;
import static io.doran.chat.domain.error.ErrorCode.BANNED;
import static io.doran.chat.domain.error.ErrorCode.LAST_ADMIN;
import static io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT;
import static io.doran.chat.domain.error.ErrorCode.ROOM_EXPIRED;
import static io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.auth.Viewer;
import io.doran.chat.adapters.web.seed000.CreateRoomBody;
import io.doran.chat.adapters.web.seed000.Seed000RoomCreation;
import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.log.LogContext;
import io.doran.chat.application.port.in.AddParticipantUseCase;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.ChangeRoleUseCase;
import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.DeleteRoomUseCase;
import io.doran.chat.application.port.in.GetRoomUseCase;
import io.doran.chat.application.port.in.ListMyRoomsUseCase;
import io.doran.chat.application.port.in.RemoveParticipantUseCase;
import io.doran.chat.application.port.in.RenameRoomUseCase;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.SetDisplayNameUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.PostId;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rooms and participants (SPEC §4; 000, 001). */
@Tag(name = "Rooms", description = "Rooms, their participants, roles and per-room display names.")
@RestController
@RequestMapping("/api/chatrooms")
class RoomController {

    private final CreateRoomUseCase createRoom;
    private final ListMyRoomsUseCase listRooms;
    private final GetRoomUseCase getRoom;
    private final RenameRoomUseCase renameRoom;
    private final DeleteRoomUseCase deleteRoom;
    private final AddParticipantUseCase addParticipant;
    private final RemoveParticipantUseCase removeParticipant;
    private final ChangeRoleUseCase changeRole;
    private final SetDisplayNameUseCase setDisplayName;
    private final WebMapper mapper;
    private final Seed000RoomCreation seed000;

    RoomController(CreateRoomUseCase createRoom, ListMyRoomsUseCase listRooms, GetRoomUseCase getRoom,
                   RenameRoomUseCase renameRoom, DeleteRoomUseCase deleteRoom, AddParticipantUseCase addParticipant,
                   RemoveParticipantUseCase removeParticipant, ChangeRoleUseCase changeRole,
                   SetDisplayNameUseCase setDisplayName, WebMapper mapper, Seed000RoomCreation seed000) {
        this.createRoom = createRoom;
        this.listRooms = listRooms;
        this.getRoom = getRoom;
        this.renameRoom = renameRoom;
        this.deleteRoom = deleteRoom;
        this.addParticipant = addParticipant;
        this.removeParticipant = removeParticipant;
        this.changeRole = changeRole;
        this.setDisplayName = setDisplayName;
        this.mapper = mapper;
        this.seed000 = seed000;
    }

    /** Today's body, or seed 000's, told apart by its fields; each answers in its own shape. */
    @Operation(summary = "Create a room")
    @ApiResponse(responseCode = "201", description = "The room; 3 or more participants make the creator admin", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, INVALID_ROOM_NAME})
    @PostMapping
    ResponseEntity<?> create(Caller caller, @RequestBody Requests.CreateRoom body) {
        Requests.CreateRoom request = Inputs.body(body);
        if (request.isSeed000()) {
            if (request.participantIds() != null) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "use participantIds or targetUserIds, not both");
            }
            return seed000.create(caller, new CreateRoomBody(request.creatorId(), request.targetUserIds(), request.name()));
        }
        List<UserId> participants = request.participantIds() == null ? List.of()
                : request.participantIds().stream().map(Inputs::userId).toList();
        Optional<Duration> ttl = Optional.ofNullable(request.ttlHours()).map(hours -> {
            if (hours < 1) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, "ttlHours must be between 1 and 8784");
            }
            return Duration.ofHours(hours);
        });
        RoomView room = createRoom.create(new CreateRoomUseCase.Command(caller.userId(), new RoomName(request.name()),
                participants, Optional.ofNullable(request.postId()).map(PostId::new),
                request.visibility() == null ? Visibility.PRIVATE : Visibility.parse(request.visibility()), ttl));
        LogContext.room(RoomId.parse(room.roomId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.room(room));
    }

    @Operation(summary = "The caller's rooms, newest activity first, with the last message and the unread count")
    @GetMapping
    List<Responses.RoomSummary> list(Caller caller) {
        return mapper.summaries(listRooms.listRooms(caller.userId()));
    }

    @Operation(summary = "A room with its participants; public rooms need no token")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT})
    @GetMapping("/{roomId}")
    Responses.Room get(Viewer viewer, @PathVariable String roomId) {
        RoomId id = Inputs.roomId(roomId);
        return mapper.room(getRoom.getRoom(viewer.userId(), id));
    }

    @Operation(summary = "Rename a room")
    @Problems({VALIDATION_FAILED, INVALID_ROOM_NAME, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN, CONFLICT})
    @PatchMapping("/{roomId}")
    Responses.Room rename(Caller caller, @PathVariable String roomId, @RequestBody Requests.RenameRoom body) {
        return mapper.room(renameRoom.rename(caller.userId(), Inputs.roomId(roomId), new RoomName(Inputs.body(body).name())));
    }

    @Operation(summary = "Delete a room (admin)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN})
    @DeleteMapping("/{roomId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String roomId) {
        deleteRoom.delete(caller.userId(), Inputs.roomId(roomId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a participant")
    @ApiResponse(responseCode = "201", description = "The room with its new participant", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN, BANNED, ALREADY_PARTICIPANT, ROOM_EXPIRED, CONFLICT})
    @PostMapping("/{roomId}/participants")
    ResponseEntity<Responses.Room> addParticipant(Caller caller, @PathVariable String roomId,
                                                  @RequestBody Requests.AddParticipant body) {
        Requests.AddParticipant request = Inputs.body(body);
        Role role = request.role() == null ? Role.MEMBER : Role.parse(request.role());
        RoomView room = addParticipant.addParticipant(caller.userId(), Inputs.roomId(roomId),
                Inputs.userId(request.userId()), role);
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.room(room));
    }

    @Operation(summary = "Remove a participant, or leave when it is the caller")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN, CONFLICT})
    @DeleteMapping("/{roomId}/participants/{userId}")
    ResponseEntity<Void> removeParticipant(Caller caller, @PathVariable String roomId, @PathVariable String userId) {
        removeParticipant.removeParticipant(caller.userId(), Inputs.roomId(roomId), Inputs.userId(userId));
        return ResponseEntity.noContent().build();
    }

    /** Changes the role, the per-room display name, or both; at least one is required. */
    @Operation(summary = "Change a participant's role (admin) or the caller's own per-room display name")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN, LAST_ADMIN, CONFLICT})
    @PatchMapping("/{roomId}/participants/{userId}")
    Responses.Room updateParticipant(Caller caller, @PathVariable String roomId, @PathVariable String userId,
                                     @RequestBody Requests.UpdateParticipant body) {
        Requests.UpdateParticipant request = Inputs.body(body);
        if (request.role() == null && request.displayName() == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "role or displayName is required");
        }
        RoomId room = Inputs.roomId(roomId);
        UserId target = Inputs.userId(userId);
        Role role = request.role() == null ? null : Role.parse(request.role());
        DisplayName displayName = request.displayName() == null ? null : new DisplayName(request.displayName());
        RoomView view = null;
        if (displayName != null) {
            view = setDisplayName.setDisplayName(caller.userId(), room, target, displayName);
        }
        if (role != null) {
            view = changeRole.changeRole(caller.userId(), room, target, role);
        }
        return mapper.room(view);
    }
}
