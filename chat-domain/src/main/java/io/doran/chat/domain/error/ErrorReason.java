package io.doran.chat.domain.error;

/**
 * Why a refusal happened, when its {@link ErrorCode} alone says less than the seeds do: the code stays
 * the stable contract clients switch on, the reason only picks a more precise text (the bundle key
 * {@code CODE.REASON}), e.g. 002's "본인의 메시지만 삭제할 수 있습니다" for a member's {@code FORBIDDEN}.
 */
public enum ErrorReason {
    /** A member tried to delete someone else's message (002). */
    OWN_MESSAGES_DELETE(ErrorCode.FORBIDDEN),
    /** Someone tried to edit a message they did not write (000). */
    OWN_MESSAGES_EDIT(ErrorCode.FORBIDDEN),
    /** A live event named no room (002: "roomId가 필요합니다"). */
    ROOM_ID_REQUIRED(ErrorCode.MALFORMED_FRAME),
    /** A connection asked to authenticate without a token (002: "인증 토큰이 필요합니다"). */
    TOKEN_REQUIRED(ErrorCode.UNAUTHORIZED),
    /** Someone not in the room tried to send to it (002: "방에 참여 중이 아닙니다"). */
    SEND_OUTSIDE_ROOM(ErrorCode.NOT_A_PARTICIPANT),
    /** A connection tried to leave a room it had not joined (002: "참여 중인 방이 아닙니다"). */
    LEAVE_NOT_JOINED(ErrorCode.NOT_JOINED);

    private final ErrorCode code;

    ErrorReason(ErrorCode code) {
        this.code = code;
    }

    /** The code this reason refines: a refusal with this reason always has it. */
    public ErrorCode code() {
        return code;
    }
}
