package io.doran.chat.adapters.web.log;

import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import org.slf4j.MDC;

/**
 * The user and the room a REST request is about, in the logging context (SLF4J's MDC, keys {@code userId} and
 * {@code roomId}): every line logged while the request is handled carries them, in the console pattern's
 * {@code [userId] [roomId]} and as fields of structured (JSON) lines. {@link RequestLogFilter} clears both when
 * the request ends. Only validated values go in (a {@link UserId} has no control characters, a room id is a
 * UUID), so a request cannot forge log lines.
 */
public final class LogContext {

    public static final String USER = "userId";
    public static final String ROOM = "roomId";

    private LogContext() {
    }

    public static void user(UserId user) {
        MDC.put(USER, user.value());
    }

    public static void room(RoomId room) {
        MDC.put(ROOM, room.toString());
    }

    static void clear() {
        MDC.remove(USER);
        MDC.remove(ROOM);
    }
}
