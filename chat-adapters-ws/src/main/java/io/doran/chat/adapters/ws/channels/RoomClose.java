package io.doran.chat.adapters.ws.channels;

import io.doran.chat.domain.error.ErrorCode;

/**
 * Why a seed 001 connection, which is bound to one room, leaves it, with its close code: 4000 plus the HTTP
 * status the same refusal has over REST. Closes shared with every transport (4003 suspended, 4008 slow consumer,
 * 4029 too many connections, ...) are the session's {@code CloseReason}s.
 */
enum RoomClose {
    /** The room does not exist (or was deleted), or the path's room id is not one. */
    ROOM_NOT_FOUND(4404, "room not found"),
    /** The room is invite-only and the user is not a participant, or they were removed from it. */
    NOT_ALLOWED(4403, "not a participant"),
    /** The room's time to live is over (002). */
    ROOM_EXPIRED(4410, "room expired"),
    /** The user joined rooms too often ({@code chat.limits.joins-per-minute}). */
    RATE_LIMITED(4429, "rate limited");

    private final int code;
    private final String reason;

    RoomClose(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    int code() {
        return code;
    }

    String reason() {
        return reason;
    }

    /** The close for a refusal to enter the room, or null when the refusal is not about the room. */
    static RoomClose of(ErrorCode refusal) {
        return switch (refusal) {
            case ROOM_NOT_FOUND, VALIDATION_FAILED -> ROOM_NOT_FOUND;
            case NOT_A_PARTICIPANT, FORBIDDEN -> NOT_ALLOWED;
            case ROOM_EXPIRED -> ROOM_EXPIRED;
            case RATE_LIMITED -> RATE_LIMITED;
            default -> null;
        };
    }
}
