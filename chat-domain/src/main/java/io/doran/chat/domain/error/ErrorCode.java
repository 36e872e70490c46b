package io.doran.chat.domain.error;

/**
 * The one error vocabulary of Doran Chat. REST maps each code to a status and a problem detail,
 * WebSocket to an {@code error} frame; both describe it through {@link ErrorMessages}. The names are
 * a public contract: clients switch on them, so they never change meaning.
 */
public enum ErrorCode {
    ROOM_NOT_FOUND,
    NOT_A_PARTICIPANT,
    NOT_JOINED,
    ALREADY_PARTICIPANT,
    PARTICIPANT_NOT_FOUND,
    FORBIDDEN,
    LAST_ADMIN,
    BANNED,
    MUTED,
    ROOM_EXPIRED,
    ROOM_CLOSING,
    INVALID_ROOM_NAME,
    MESSAGE_NOT_FOUND,
    MESSAGE_TOO_LONG,
    EMPTY_CONTENT,
    INVALID_MESSAGE_TYPE,
    INVALID_IMAGE_URL,
    INVALID_EMOJI,
    INVALID_REACTION,
    NOT_EDITABLE,
    LIMIT_TOO_LARGE,
    VALIDATION_FAILED,
    RATE_LIMITED,
    UNAUTHORIZED,
    INVALID_TOKEN,
    EXPIRED_TOKEN,
    REVOKED_TOKEN,
    AMBIGUOUS_CREDENTIALS,
    USER_INACTIVE,
    USER_SUSPENDED,
    TOO_MANY_CONNECTIONS,
    UNKNOWN_FRAME_TYPE,
    MALFORMED_FRAME,
    FRAME_TOO_LARGE,
    CONFLICT,
    ENDPOINT_NOT_FOUND,
    METHOD_NOT_ALLOWED,
    UNSUPPORTED_MEDIA_TYPE,
    NOT_ACCEPTABLE,
    PAYLOAD_TOO_LARGE,
    UNAVAILABLE,
    INTERNAL_ERROR,
    // --- threads, pins and edit history (issue 18) ---
    /** A room already has as many pinned messages as it may keep. */
    PIN_LIMIT_REACHED
}
