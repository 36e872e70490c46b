package io.doran.chat.domain.error;

/**
 * Why a refusal happened, when its {@link ErrorCode} alone says less than the seeds do: the code stays
 * the stable contract clients switch on, the reason only picks a more precise text (the bundle key
 * {@code CODE.REASON}), e.g. 002's "본인의 메시지만 삭제할 수 있습니다" for a member's {@code FORBIDDEN}.
 */
public enum ErrorReason {
    /** A member tried to delete someone else's message (002). */
    OWN_MESSAGES_DELETE,
    /** Someone tried to edit a message they did not write (000). */
    OWN_MESSAGES_EDIT
}
