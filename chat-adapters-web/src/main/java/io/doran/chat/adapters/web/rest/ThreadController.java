package io.doran.chat.adapters.web.rest;

import static io.doran.chat.domain.error.ErrorCode.FORBIDDEN;
import static io.doran.chat.domain.error.ErrorCode.LIMIT_TOO_LARGE;
import static io.doran.chat.domain.error.ErrorCode.MESSAGE_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT;
import static io.doran.chat.domain.error.ErrorCode.PIN_LIMIT_REACHED;
import static io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.auth.Viewer;
import io.doran.chat.application.port.in.GetPinsUseCase;
import io.doran.chat.application.port.in.PinMessageUseCase;
import io.doran.chat.application.port.in.PinView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.http.DecimalNumbers;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.GetRepliesUseCase;
import io.doran.chat.application.port.in.HistoryPage;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.RequestParam;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.EditHistoryView;
import io.doran.chat.application.port.in.GetEditHistoryUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What issue 18 added around a room's messages: edit history, threads of replies, and pins. */
@Tag(name = "Threads, pins and edit history",
        description = "A message's earlier versions, the replies to a message, and a room's pinned messages.")
@RestController
@RequestMapping("/api/chatrooms/{roomId}")
class ThreadController {

    private final GetEditHistoryUseCase editHistory;
    private final GetRepliesUseCase replies;
    private final PinMessageUseCase pin;
    private final GetPinsUseCase pins;

    ThreadController(GetEditHistoryUseCase editHistory, GetRepliesUseCase replies, PinMessageUseCase pin,
                     GetPinsUseCase pins) {
        this.editHistory = editHistory;
        this.replies = replies;
        this.pin = pin;
        this.pins = pins;
    }

    @Operation(summary = "The room's pinned messages, the most recently pinned first; public rooms need no token")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT})
    @GetMapping("/pins")
    Pins pins(Viewer viewer, @PathVariable String roomId) {
        return new Pins(pins.pins(viewer.userId(), Inputs.roomId(roomId)));
    }

    @Operation(summary = "Pin a message (admin, sub-admin; anyone in a room without admin); at most 50 a room")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, FORBIDDEN, PIN_LIMIT_REACHED})
    @PutMapping("/pins/{messageId}")
    Pins pin(Caller caller, @PathVariable String roomId, @PathVariable String messageId) {
        return new Pins(pin.pin(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId)));
    }

    @Operation(summary = "Unpin a message (whoever may pin)")
    @ApiResponse(responseCode = "204", description = "Unpinned, or was not pinned")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN})
    @DeleteMapping("/pins/{messageId}")
    ResponseEntity<Void> unpin(Caller caller, @PathVariable String roomId, @PathVariable String messageId) {
        pin.unpin(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId));
        return ResponseEntity.noContent().build();
    }

    /** A room's pins, the most recently pinned first. */
    record Pins(List<PinView> pins) {
    }

    /** The newest {@code limit} replies older than {@code before}, oldest first; public rooms need no token. */
    @Operation(summary = "The replies to a message, oldest first: the newest page, or the page before a reply's id")
    @Problems({VALIDATION_FAILED, LIMIT_TOO_LARGE, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND})
    @GetMapping("/messages/{messageId}/replies")
    HistoryPage replies(Viewer viewer, @PathVariable String roomId, @PathVariable String messageId,
                        @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String limit,
                        @RequestParam(required = false) String before) {
        return replies.replies(new GetRepliesUseCase.RepliesQuery(viewer.userId(), Inputs.roomId(roomId),
                Inputs.messageId(messageId), Inputs.optionalMessageId(before),
                DecimalNumbers.count("limit", limit, GetHistoryUseCase.Query.DEFAULT_LIMIT)));
    }

    @Operation(summary = "A message's earlier versions, oldest first, with their times: for its author and the room's admins")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, FORBIDDEN})
    @GetMapping("/messages/{messageId}/edits")
    EditHistoryView edits(Caller caller, @PathVariable String roomId, @PathVariable String messageId) {
        return editHistory.edits(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId));
    }
}
