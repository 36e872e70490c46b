package io.doran.chat.adapters.web.rest;

import io.doran.chat.application.port.in.MessageView;
import static io.doran.chat.domain.error.ErrorCode.CONFLICT;
import static io.doran.chat.domain.error.ErrorCode.EMPTY_CONTENT;
import static io.doran.chat.domain.error.ErrorCode.INVALID_EMOJI;
import static io.doran.chat.domain.error.ErrorCode.INVALID_IMAGE_URL;
import static io.doran.chat.domain.error.ErrorCode.INVALID_MESSAGE_TYPE;
import static io.doran.chat.domain.error.ErrorCode.MESSAGE_TOO_LONG;
import static io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT;
import static io.doran.chat.domain.error.ErrorCode.ROOM_EXPIRED;
import static io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.log.LogContext;
import io.doran.chat.application.port.in.ApplyUserStatusUseCase;
import io.doran.chat.application.port.in.PostServiceMessageUseCase;
import io.doran.chat.application.port.in.PushNotificationUseCase;
import io.doran.chat.application.port.in.ReportConnectionStatusUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.user.UserStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service API (SPEC §4; 003, 004), behind the service token. */
@Tag(name = "Internal API", description = "Other services of the product, with the service token.")
@RestController
@RequestMapping("/api/internal/v1")
class InternalApiController {

    private final PostServiceMessageUseCase postMessage;
    private final ReportConnectionStatusUseCase reportStatus;
    private final PushNotificationUseCase pushNotification;
    private final ApplyUserStatusUseCase applyStatus;

    InternalApiController(PostServiceMessageUseCase postMessage, ReportConnectionStatusUseCase reportStatus,
                          PushNotificationUseCase pushNotification, ApplyUserStatusUseCase applyStatus) {
        this.postMessage = postMessage;
        this.reportStatus = reportStatus;
        this.pushNotification = pushNotification;
        this.applyStatus = applyStatus;
    }

    /** Stores a message on a user's behalf ({@code userId}) or, without one, a system notice. */
    @Operation(summary = "Store a message on a user's behalf, or a system notice without userId")
    @ApiResponse(responseCode = "201", description = "The message", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, ROOM_EXPIRED, EMPTY_CONTENT, MESSAGE_TOO_LONG, INVALID_MESSAGE_TYPE, INVALID_IMAGE_URL, INVALID_EMOJI, CONFLICT})
    @PostMapping("/messages")
    ResponseEntity<MessageView> postMessage(@RequestBody Requests.InternalMessage body) {
        Requests.InternalMessage request = Inputs.body(body);
        RoomId room = Inputs.roomId(request.roomId());
        LogContext.room(room);
        var message = postMessage.post(room,
                Optional.ofNullable(request.userId()).map(Inputs::userId), request.effectiveType(), request.content(),
                request.imageUrl(), Inputs.clientMessageId(request.clientMessageId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(message);
    }

    @Operation(summary = "Report that a connection of a user came or went")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @Problems({VALIDATION_FAILED})
    @PostMapping("/users/status")
    ResponseEntity<Void> connectionStatus(@RequestBody Requests.ConnectionStatus body) {
        Requests.ConnectionStatus request = Inputs.body(body);
        if (request.connectionId() == null || request.connectionId().isBlank() || request.connected() == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "connectionId and connected are required");
        }
        reportStatus.report(Inputs.userId(request.userId()), new ConnectionId(request.connectionId()), request.connected());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Push a personal notification to a user")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @Problems({VALIDATION_FAILED})
    @PostMapping("/notifications")
    ResponseEntity<Void> notification(@RequestBody Requests.Notification body) {
        Requests.Notification request = Inputs.body(body);
        pushNotification.push(Inputs.userId(request.userId()), request.type(), request.message(), request.link());
        return ResponseEntity.accepted().build();
    }

    /** A user's status changed ({@code ACTIVE}, {@code INACTIVE}, {@code SUSPENDED}) or the user was deleted ({@code DELETED}). */
    @Operation(summary = "A user's status changed, or the user was deleted")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @Problems({VALIDATION_FAILED})
    @PostMapping("/users/events")
    ResponseEntity<Void> userEvent(@RequestBody Requests.UserEvent body) {
        Requests.UserEvent request = Inputs.body(body);
        UserStatus status;
        try {
            status = UserStatus.valueOf(String.valueOf(request.status()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "status must be ACTIVE, INACTIVE, SUSPENDED or DELETED");
        }
        applyStatus.apply(Inputs.userId(request.userId()), status);
        return ResponseEntity.accepted().build();
    }
}
