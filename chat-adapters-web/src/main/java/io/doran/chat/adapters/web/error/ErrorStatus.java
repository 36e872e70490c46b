package io.doran.chat.adapters.web.error;

import io.doran.chat.domain.error.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The one mapping from the domain's {@link ErrorCode} vocabulary to HTTP status codes (SPEC §4).
 * Every code has a status here; a new code without one fails {@code ErrorStatusTest}.
 */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case ROOM_NOT_FOUND, MESSAGE_NOT_FOUND, PARTICIPANT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_A_PARTICIPANT, FORBIDDEN, USER_INACTIVE, USER_SUSPENDED, BANNED, MUTED -> HttpStatus.FORBIDDEN;
            case ALREADY_PARTICIPANT, LAST_ADMIN, CONFLICT, ROOM_CLOSING, NOT_JOINED -> HttpStatus.CONFLICT;
            case PIN_LIMIT_REACHED -> HttpStatus.CONFLICT;
            case ROOM_EXPIRED -> HttpStatus.GONE;
            case INVALID_ROOM_NAME, MESSAGE_TOO_LONG, EMPTY_CONTENT, INVALID_MESSAGE_TYPE, INVALID_IMAGE_URL,
                 INVALID_EMOJI, INVALID_REACTION, NOT_EDITABLE, LIMIT_TOO_LARGE, VALIDATION_FAILED,
                 UNKNOWN_FRAME_TYPE, MALFORMED_FRAME -> HttpStatus.BAD_REQUEST;
            case FRAME_TOO_LARGE, PAYLOAD_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case ENDPOINT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case RATE_LIMITED, TOO_MANY_CONNECTIONS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAUTHORIZED, INVALID_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN, AMBIGUOUS_CREDENTIALS -> HttpStatus.UNAUTHORIZED;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
