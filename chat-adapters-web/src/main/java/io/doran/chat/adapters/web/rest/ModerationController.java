package io.doran.chat.adapters.web.rest;

import static io.doran.chat.domain.error.ErrorCode.FORBIDDEN;
import static io.doran.chat.domain.error.ErrorCode.LIMIT_TOO_LARGE;
import static io.doran.chat.domain.error.ErrorCode.MESSAGE_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.NOT_A_PARTICIPANT;
import static io.doran.chat.domain.error.ErrorCode.PARTICIPANT_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.ROOM_NOT_FOUND;
import static io.doran.chat.domain.error.ErrorCode.CONFLICT;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.http.DecimalNumbers;
import io.doran.chat.application.port.in.BanUseCase;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.MuteUseCase;
import io.doran.chat.application.port.in.ReportUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderation of a room (issue 18): bans, mutes and reports, as the domain's permission table allows. */
@Tag(name = "Moderation", description = "Bans, mutes and reports of a room's messages.")
@RestController
@RequestMapping("/api/chatrooms/{roomId}")
class ModerationController {

    /** {@code minutes} absent: for good. */
    record BanRequest(String userId, String reason, Long minutes) {
    }

    record MuteRequest(String userId, Long minutes) {
    }

    record ReportRequest(String reason) {
    }

    record Bans(List<BanUseCase.BanView> bans) {
    }

    record Reports(List<ReportUseCase.ReportView> reports) {
    }

    private final BanUseCase bans;
    private final MuteUseCase mutes;
    private final ReportUseCase reports;

    ModerationController(BanUseCase bans, MuteUseCase mutes, ReportUseCase reports) {
        this.bans = bans;
        this.mutes = mutes;
        this.reports = reports;
    }

    @Operation(summary = "Ban a user: removed from the room and refused (BANNED) until the ban ends, or for good")
    @ApiResponse(responseCode = "201", description = "The ban", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN, CONFLICT})
    @PostMapping("/bans")
    ResponseEntity<BanUseCase.BanView> ban(Caller caller, @PathVariable String roomId, @RequestBody BanRequest body) {
        BanRequest request = Inputs.body(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(bans.ban(caller.userId(), Inputs.roomId(roomId),
                Inputs.userId(request.userId()), Optional.ofNullable(request.reason()),
                Optional.ofNullable(request.minutes())));
    }

    @Operation(summary = "Lift a user's ban")
    @ApiResponse(responseCode = "204", description = "Lifted (or there was none)")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN})
    @DeleteMapping("/bans/{userId}")
    ResponseEntity<Void> unban(Caller caller, @PathVariable String roomId, @PathVariable String userId) {
        bans.unban(caller.userId(), Inputs.roomId(roomId), Inputs.userId(userId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The bans in force (moderators)")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN})
    @GetMapping("/bans")
    Bans bans(Caller caller, @PathVariable String roomId) {
        return new Bans(bans.bans(caller.userId(), Inputs.roomId(roomId)));
    }

    @Operation(summary = "Mute a participant for some minutes: they read but cannot send (MUTED)")
    @ApiResponse(responseCode = "201", description = "The mute", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, PARTICIPANT_NOT_FOUND, FORBIDDEN})
    @PostMapping("/mutes")
    ResponseEntity<MuteUseCase.MuteView> mute(Caller caller, @PathVariable String roomId, @RequestBody MuteRequest body) {
        MuteRequest request = Inputs.body(body);
        if (request.minutes() == null) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "minutes is required");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(mutes.mute(caller.userId(), Inputs.roomId(roomId),
                Inputs.userId(request.userId()), request.minutes()));
    }

    @Operation(summary = "Lift a participant's mute")
    @ApiResponse(responseCode = "204", description = "Lifted (or there was none)")
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN})
    @DeleteMapping("/mutes/{userId}")
    ResponseEntity<Void> unmute(Caller caller, @PathVariable String roomId, @PathVariable String userId) {
        mutes.unmute(caller.userId(), Inputs.roomId(roomId), Inputs.userId(userId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Report another's message, with a reason")
    @ApiResponse(responseCode = "201", description = "The report", useReturnTypeSchema = true)
    @Problems({VALIDATION_FAILED, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, MESSAGE_NOT_FOUND, FORBIDDEN})
    @PostMapping("/messages/{messageId}/reports")
    ResponseEntity<ReportUseCase.ReportView> report(Caller caller, @PathVariable String roomId,
                                                    @PathVariable String messageId, @RequestBody ReportRequest body) {
        ReportRequest request = Inputs.body(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.report(caller.userId(), Inputs.roomId(roomId),
                Inputs.messageId(messageId), request.reason()));
    }

    @Operation(summary = "The room's reports, newest first (moderators)")
    @Problems({VALIDATION_FAILED, LIMIT_TOO_LARGE, ROOM_NOT_FOUND, NOT_A_PARTICIPANT, FORBIDDEN})
    @GetMapping("/reports")
    Reports reports(Caller caller, @PathVariable String roomId,
                    @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String limit) {
        return new Reports(reports.reports(caller.userId(), Inputs.roomId(roomId),
                DecimalNumbers.count("limit", limit, 50)));
    }
}
