package io.doran.chat.adapters.web.seed000;

import io.doran.chat.adapters.web.docs.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.doran.chat.adapters.web.auth.ClaimedUser;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.ChangeRoleUseCase;
import io.doran.chat.application.port.in.GetLiveRoomUseCase;
import io.doran.chat.application.port.in.ReactToMessageUseCase;
import io.doran.chat.application.port.in.ReactionsView;
import io.doran.chat.application.port.in.RenameRoomUseCase;
import io.doran.chat.application.port.in.SetDisplayNameUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.room.DisplayName;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Seed 000's routes that today's API spells differently, over the same use cases: rename, change a role,
 * set one's {@code edited_name}, add a reaction by body, and {@code connect} (the room's live state and
 * the WebSocket to join it on). Its other routes are today's own paths (see the room and message controllers).
 */
@RestController
@RequestMapping("/api/chatrooms/{roomId}")
class Seed000Controller {

    private final RenameRoomUseCase renameRoom;
    private final ChangeRoleUseCase changeRole;
    private final SetDisplayNameUseCase setDisplayName;
    private final ReactToMessageUseCase react;
    private final GetLiveRoomUseCase liveRoom;
    private final Seed000Mapper mapper;

    Seed000Controller(RenameRoomUseCase renameRoom, ChangeRoleUseCase changeRole, SetDisplayNameUseCase setDisplayName,
                      ReactToMessageUseCase react, GetLiveRoomUseCase liveRoom, Seed000Mapper mapper) {
        this.renameRoom = renameRoom;
        this.changeRole = changeRole;
        this.setDisplayName = setDisplayName;
        this.react = react;
        this.liveRoom = liveRoom;
        this.mapper = mapper;
    }

    /** 000 §1.2. */
    @Operation(summary = "Seed 000: rename a room")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.INVALID_ROOM_NAME, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.FORBIDDEN, io.doran.chat.domain.error.ErrorCode.CONFLICT})
    @PatchMapping("/name")
    Seed000Responses.Room rename(Caller caller, @PathVariable String roomId, @RequestBody Seed000Requests.Rename body) {
        return mapper.room(renameRoom.rename(caller.userId(), RoomId.parse(roomId), new RoomName(required(body).name())));
    }

    /** 000 §1.5: admin, sub-admin or member. */
    @Operation(summary = "Seed 000: change a participant's role")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.FORBIDDEN, io.doran.chat.domain.error.ErrorCode.LAST_ADMIN, io.doran.chat.domain.error.ErrorCode.CONFLICT})
    @PatchMapping("/participants/{userId}/role")
    Seed000Responses.Room changeRole(Caller caller, @PathVariable String roomId, @PathVariable String userId,
                                     @RequestBody Seed000Requests.ChangeRole body) {
        return mapper.room(changeRole.changeRole(caller.userId(), RoomId.parse(roomId),
                Seed000RoomCreation.userId(userId), Role.parse(required(body).role())));
    }

    /** 000 §1.5.1: one's own per-room name; empty goes back to the directory's name. */
    @Operation(summary = "Seed 000: set the caller's own per-room name (edited_name)")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.FORBIDDEN, io.doran.chat.domain.error.ErrorCode.CONFLICT})
    @PatchMapping("/participants/{userId}/name")
    Seed000Responses.Room editName(Caller caller, @PathVariable String roomId, @PathVariable String userId,
                                   @RequestBody Seed000Requests.EditName body) {
        if (required(body).editedName() == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "edited_name is required");
        }
        return mapper.room(setDisplayName.setDisplayName(caller.userId(), RoomId.parse(roomId),
                Seed000RoomCreation.userId(userId), new DisplayName(body.editedName())));
    }

    /** 000 §2.5: adds the reaction; adding it again changes nothing. */
    @Operation(summary = "Seed 000: add a reaction (a repeat changes nothing)")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.MESSAGE_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.INVALID_REACTION, io.doran.chat.domain.error.ErrorCode.FORBIDDEN, io.doran.chat.domain.error.ErrorCode.ROOM_EXPIRED})
    @PostMapping("/messages/{messageId}/reactions")
    ReactionsView react(Caller caller, @PathVariable String roomId, @PathVariable String messageId,
                        @RequestBody Seed000Requests.React body) {
        ClaimedUser.requireCaller(caller, required(body).userId());
        if (body.reactionType() == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "reactionType is required");
        }
        return react.react(caller.userId(), RoomId.parse(roomId), MessageId.parse(messageId), body.reactionType(), true);
    }

    /**
     * 000 §3.1 "채팅방 입장": the room's live state (members connected on any node, {@code memberCount}) and the
     * WebSocket URL; the client then opens it and sends {@code join-room}.
     */
    @Operation(summary = "Seed 000: the room's live state and the WebSocket URL")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.FORBIDDEN})
    @PostMapping("/connect")
    Seed000Responses.LiveRoom connect(Caller caller, @PathVariable String roomId,
                                      @RequestBody(required = false) Seed000Requests.Connect body,
                                      HttpServletRequest request) {
        ClaimedUser.requireCaller(caller, body == null ? null : body.userId());
        return mapper.liveRoom(liveRoom.liveRoom(caller.userId(), RoomId.parse(roomId)), webSocketUrl(request));
    }

    /** This server's {@code /chat}, as the client reached it: {@code ws} for http, {@code wss} for https. */
    private static String webSocketUrl(HttpServletRequest request) {
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromContextPath(request).path("/chat").replaceQuery(null);
        return url.scheme("https".equals(url.build().getScheme()) ? "wss" : "ws").toUriString();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "a JSON body is required");
        }
        return body;
    }
}
