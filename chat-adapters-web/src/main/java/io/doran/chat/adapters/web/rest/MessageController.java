package io.doran.chat.adapters.web.rest;

import io.doran.chat.application.port.in.ReactionsView;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.HistoryPage;
import static io.doran.chat.domain.error.ErrorCode.CONFLICT;
import static io.doran.chat.domain.error.ErrorCode.EMPTY_CONTENT;
import static io.doran.chat.domain.error.ErrorCode.FORBIDDEN;
import static io.doran.chat.domain.error.ErrorCode.INVALID_EMOJI;
import static io.doran.chat.domain.error.ErrorCode.INVALID_IMAGE_URL;
import static io.doran.chat.domain.error.ErrorCode.INVALID_MESSAGE_TYPE;
import static io.doran.chat.domain.error.ErrorCode.INVALID_REACTION;
import static io.doran.chat.domain.error.ErrorCode.LIMIT_TOO_LARGE;
import static io.doran.chat.domain.error.ErrorCode.MESSAGE_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.MESSAGE_TOO_LONG;
import static io.doran.chat.domain.error.ErrorCode.MUTED;
import static io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT;
import static io.doran.chat.domain.error.ErrorCode.NOT_EDITABLE;
import static io.doran.chat.domain.error.ErrorCode.ROOM_EXPIRED;
import static io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.USER_INACTIVE;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.auth.ClaimedUser;
import io.doran.chat.adapters.web.auth.Viewer;
import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.http.DecimalNumbers;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.DeleteMessageUseCase;
import io.doran.chat.application.port.in.EditMessageUseCase;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.MarkReadUseCase;
import io.doran.chat.application.port.in.ReactToMessageUseCase;
import io.doran.chat.application.port.in.SearchMessagesUseCase;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messages of a room (SPEC §4; 000, 002, 003): history, send, edit, delete, reactions, read markers, search. */
@Tag(name = "Messages", description = "A room's messages: history, send, edit, delete, reactions, read markers and search.")
@RestController
@RequestMapping("/api/chatrooms/{roomId}/messages")
class MessageController {

    private final GetHistoryUseCase history;
    private final SendMessageUseCase send;
    private final EditMessageUseCase edit;
    private final DeleteMessageUseCase delete;
    private final ReactToMessageUseCase react;
    private final MarkReadUseCase markRead;
    private final SearchMessagesUseCase search;
    private final SentMessages sentMessages;

    MessageController(GetHistoryUseCase history, SendMessageUseCase send, EditMessageUseCase edit,
                      DeleteMessageUseCase delete, ReactToMessageUseCase react, MarkReadUseCase markRead,
                      SearchMessagesUseCase search, SentMessages sentMessages) {
        this.sentMessages = sentMessages;
        this.history = history;
        this.send = send;
        this.edit = edit;
        this.delete = delete;
        this.react = react;
        this.markRead = markRead;
        this.search = search;
    }

    /** Newest first; {@code before} or {@code after} a message id; public rooms need no token (002). */
    @Operation(summary = "History, newest first, a page before or after a message id; public rooms need no token")
    @Problems({VALIDATION_FAILED, LIMIT_TOO_LARGE, ROOM_NOT_FOUND, NOT_A_PARTICIPANT})
    @GetMapping
    HistoryPage history(Viewer viewer, @PathVariable String roomId,
                              @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String limit,
                              @RequestParam(required = false) String before,
                              @RequestParam(required = false) String after) {
        return history.history(new GetHistoryUseCase.Query(viewer.userId(), Inputs.roomId(roomId),
                Inputs.optionalMessageId(before), Inputs.optionalMessageId(after),
                DecimalNumbers.count("limit", limit, GetHistoryUseCase.Query.DEFAULT_LIMIT)));
    }

    @Operation(summary = "Send a message (also delivered live); a repeated clientMessageId returns the first message;"
            + " with replyTo, a reply to that message of the room (MESSAGE_NOT_FOUND when it is not there)")
    @ApiResponse(responseCode = "201", description = "The message", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MUTED, ROOM_EXPIRED, EMPTY_CONTENT, MESSAGE_TOO_LONG, INVALID_MESSAGE_TYPE, INVALID_IMAGE_URL, INVALID_EMOJI, USER_INACTIVE, CONFLICT, MESSAGE_NOT_FOUND})
    @PostMapping
    ResponseEntity<MessageView> send(Caller caller, @PathVariable String roomId,
                                           @RequestBody Requests.SendMessage body) {
        Requests.SendMessage request = Inputs.body(body);
        ClaimedUser.requireCaller(caller, request.userId());
        RoomId room = Inputs.roomId(roomId);
        var sent = send.send(new SendMessageUseCase.Command(caller.userId(), room, request.effectiveType(),
                request.content(), request.imageUrl(), Inputs.clientMessageId(request.clientMessageId()),
                Inputs.optionalMessageId(request.replyTo())));
        sentMessages.sent(sent.messageType());
        return ResponseEntity.status(HttpStatus.CREATED).body(sent);
    }

    @Operation(summary = "Search a room's messages")
    @Problems({VALIDATION_FAILED, LIMIT_TOO_LARGE, ROOM_NOT_FOUND, NOT_A_PARTICIPANT})
    @GetMapping("/search")
    Responses.SearchResult search(Viewer viewer, @PathVariable String roomId, @RequestParam(required = false) String q,
                                  @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String limit) {
        return new Responses.SearchResult(search.search(viewer.userId(), Inputs.roomId(roomId), q,
                DecimalNumbers.count("limit", limit, 20)));
    }

    /** {@code {content}}, or seed 000's {@code {userId?, newContent}}. */
    @Operation(summary = "Edit the caller's own text message")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, FORBIDDEN, NOT_EDITABLE, EMPTY_CONTENT, MESSAGE_TOO_LONG, ROOM_EXPIRED, CONFLICT})
    @PatchMapping("/{messageId}")
    MessageView edit(Caller caller, @PathVariable String roomId, @PathVariable String messageId,
                           @RequestBody Requests.EditMessage body) {
        Requests.EditMessage request = Inputs.body(body);
        ClaimedUser.requireCaller(caller, request.userId());
        return edit.edit(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId),
                request.effectiveContent());
    }

    /** No body, or seed 000's {@code {userId}}. */
    @Operation(summary = "Delete a message (soft): the author, or a moderator")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, FORBIDDEN, CONFLICT})
    @DeleteMapping("/{messageId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String roomId, @PathVariable String messageId,
                                @RequestBody(required = false) Requests.Actor body) {
        ClaimedUser.requireCaller(caller, body == null ? null : body.userId());
        delete.delete(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId));
        return ResponseEntity.noContent().build();
    }

    /** No body, or seed 000's {@code {userId}}. */
    @Operation(summary = "Move the caller's read marker forward to a message")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND})
    @PostMapping("/{messageId}/read")
    Responses.Read read(Caller caller, @PathVariable String roomId, @PathVariable String messageId,
                        @RequestBody(required = false) Requests.Actor body) {
        ClaimedUser.requireCaller(caller, body == null ? null : body.userId());
        RoomId room = Inputs.roomId(roomId);
        MessageId id = Inputs.messageId(messageId);
        int unread = markRead.markRead(caller.userId(), room, id);
        return new Responses.Read(room.toString(), id.asString(), unread);
    }

    @Operation(summary = "React to a message")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, INVALID_REACTION, ROOM_EXPIRED})
    @PutMapping("/{messageId}/reactions/{kind}")
    ReactionsView addReaction(Caller caller, @PathVariable String roomId, @PathVariable String messageId,
                                    @PathVariable String kind) {
        return react.react(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId), kind, true);
    }

    @Operation(summary = "Take a reaction back")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, INVALID_REACTION, ROOM_EXPIRED})
    @DeleteMapping("/{messageId}/reactions/{kind}")
    ReactionsView removeReaction(Caller caller, @PathVariable String roomId, @PathVariable String messageId,
                                       @PathVariable String kind) {
        return react.react(caller.userId(), Inputs.roomId(roomId), Inputs.messageId(messageId), kind, false);
    }
}
