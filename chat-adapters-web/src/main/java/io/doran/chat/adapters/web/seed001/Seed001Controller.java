package io.doran.chat.adapters.web.seed001;

import io.doran.chat.adapters.web.docs.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.doran.chat.adapters.web.rest.SentMessages;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.GetRoomUseCase;
import io.doran.chat.application.port.in.GetUserProfilesUseCase;
import io.doran.chat.application.port.in.JoinRoomUseCase;
import io.doran.chat.application.port.in.ListMyRoomsUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.in.UserProfileView;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.PostId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 001's REST routes over the same use cases, meant for gateway-trusted mode: the caller is who the
 * gateway vouches for ({@code X-User-*} headers or {@code user_id}, ... parameters with the gateway secret),
 * as on every route. Rooms made here are open to anyone authenticated, as 001's rooms have no participant
 * list: posting to one makes the poster a participant. Paths answer with or without their trailing slash.
 */
@RestController
@RequestMapping("/chat/v1")
class Seed001Controller {

    /** How many of the newest messages a room's detail carries, oldest first. */
    static final int DETAIL_MESSAGES = GetHistoryUseCase.Query.DEFAULT_LIMIT;

    private final ListMyRoomsUseCase listRooms;
    private final CreateRoomUseCase createRoom;
    private final GetRoomUseCase getRoom;
    private final GetHistoryUseCase history;
    private final JoinRoomUseCase joinRoom;
    private final SendMessageUseCase send;
    private final GetUserProfilesUseCase profiles;
    private final Seed001Mapper mapper;
    private final SentMessages sentMessages;

    Seed001Controller(ListMyRoomsUseCase listRooms, CreateRoomUseCase createRoom, GetRoomUseCase getRoom,
                      GetHistoryUseCase history, JoinRoomUseCase joinRoom, SendMessageUseCase send,
                      GetUserProfilesUseCase profiles, Seed001Mapper mapper, SentMessages sentMessages) {
        this.sentMessages = sentMessages;
        this.listRooms = listRooms;
        this.createRoom = createRoom;
        this.getRoom = getRoom;
        this.history = history;
        this.joinRoom = joinRoom;
        this.send = send;
        this.profiles = profiles;
        this.mapper = mapper;
    }

    /** The caller's rooms: those they made or posted in, and those they were added to elsewhere. */
    @Operation(summary = "Seed 001: the caller's rooms")
    @GetMapping({"/rooms/", "/rooms"})
    List<Seed001Responses.Room> rooms(Caller caller) {
        return mapper.rooms(listRooms.listRooms(caller.userId()));
    }

    @Operation(summary = "Seed 001: create a room open to every user the gateway vouches for")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.INVALID_ROOM_NAME})
    @PostMapping({"/create-room/", "/create-room"})
    ResponseEntity<Seed001Responses.Room> createRoom(Caller caller, @RequestBody Seed001Requests.CreateRoom body) {
        Seed001Requests.CreateRoom request = required(body);
        var room = createRoom.create(new CreateRoomUseCase.Command(caller.userId(), new RoomName(request.name()),
                List.of(), Optional.ofNullable(request.postId()).map(PostId::new), Visibility.PRIVATE, Optional.empty(),
                Admission.ANYONE));
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.room(room));
    }

    /** The room with its participants and newest messages, oldest first. */
    @Operation(summary = "Seed 001: a room with its newest messages")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT})
    @GetMapping({"/room/{roomId}/", "/room/{roomId}"})
    Seed001Responses.RoomDetail room(Caller caller, @PathVariable String roomId) {
        RoomId id = RoomId.parse(roomId);
        var room = getRoom.getRoom(Optional.of(caller.userId()), id);
        List<MessageView> newestFirst = history.history(new GetHistoryUseCase.Query(Optional.of(caller.userId()), id,
                Optional.empty(), Optional.empty(), DETAIL_MESSAGES)).messages();
        Map<String, UserProfileView> authors = profiles.profiles(
                newestFirst.stream().map(m -> UserId.of(m.userId())).distinct().toList());
        return mapper.detail(room, newestFirst.reversed().stream().map(m -> mapper.message(m, authors)).toList());
    }

    /** Posts to the room, joining it first when it is open to anyone. */
    @Operation(summary = "Seed 001: send a message (joining an open room first)")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.EMPTY_CONTENT, io.doran.chat.domain.error.ErrorCode.MESSAGE_TOO_LONG, io.doran.chat.domain.error.ErrorCode.ROOM_EXPIRED, io.doran.chat.domain.error.ErrorCode.USER_INACTIVE})
    @PostMapping({"/message/", "/message"})
    ResponseEntity<Seed001Responses.Message> post(Caller caller, @RequestBody Seed001Requests.PostMessage body) {
        Seed001Requests.PostMessage request = required(body);
        if (request.room() == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "room is required");
        }
        RoomId room = RoomId.parse(request.room());
        joinRoom.join(caller.userId(), room);
        MessageView sent = send.send(new SendMessageUseCase.Command(caller.userId(), room, "text", request.message(),
                null, Optional.empty()));
        sentMessages.sent(sent.messageType());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(mapper.message(sent, profiles.profiles(List.of(caller.userId()))));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "a JSON body is required");
        }
        return body;
    }
}
