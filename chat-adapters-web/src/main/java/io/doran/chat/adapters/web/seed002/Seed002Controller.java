package io.doran.chat.adapters.web.seed002;

import io.doran.chat.adapters.web.auth.Viewer;
import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.http.DecimalNumbers;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.DeleteMessageUseCase;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 002's REST routes (§6, §7) over the same use cases: a room's history, readable without a token when
 * the room is public, and deleting a message named by its id alone. Errors are today's problem details,
 * whose Korean texts are 002's ("방을 찾을 수 없습니다", "본인의 메시지만 삭제할 수 있습니다", ...).
 */
@RestController
class Seed002Controller {

    private final GetHistoryUseCase history;
    private final DeleteMessageUseCase delete;
    private final Seed002Mapper mapper;

    Seed002Controller(GetHistoryUseCase history, DeleteMessageUseCase delete, Seed002Mapper mapper) {
        this.history = history;
        this.delete = delete;
        this.mapper = mapper;
    }

    /** §6: newest first; {@code limit} 50 by default, at most 100; {@code before} a message id. */
    @Operation(summary = "Seed 002: a room's messages, newest first")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.LIMIT_TOO_LARGE, io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT})
    @GetMapping("/api/rooms/{roomId}/messages")
    Seed002Responses.Messages messages(Viewer viewer, @PathVariable String roomId,
                                       @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String before) {
        Optional<MessageId> cursor = before == null || before.isEmpty() ? Optional.empty()
                : Optional.of(MessageId.parse(before));
        return mapper.messages(history.history(new GetHistoryUseCase.Query(viewer.userId(), RoomId.parse(roomId), cursor,
                Optional.empty(), DecimalNumbers.count("limit", limit, GetHistoryUseCase.Query.DEFAULT_LIMIT))));
    }

    /** §7: soft delete by the author (or a moderator of the room); {@code {"success": true}}. */
    @Operation(summary = "Seed 002: delete a message found by its id alone")
    @Problems({io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED, io.doran.chat.domain.error.ErrorCode.MESSAGE_NOT_FOUND, io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT, io.doran.chat.domain.error.ErrorCode.FORBIDDEN, io.doran.chat.domain.error.ErrorCode.CONFLICT})
    @DeleteMapping("/api/messages/{messageId}")
    Seed002Responses.Deleted delete(Caller caller, @PathVariable String messageId) {
        delete.delete(caller.userId(), MessageId.parse(messageId));
        return new Seed002Responses.Deleted(true);
    }
}
