package io.doran.chat.adapters.redis;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/** Turns Redis being down or slow into {@code UNAVAILABLE} (SPEC §7: fail fast, 503); bugs stay bugs. */
final class RedisGuard {

    private RedisGuard() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidDataAccessApiUsageException e) {
            throw e;
        } catch (DataAccessException | io.lettuce.core.RedisException e) {
            throw new ChatException(ErrorCode.UNAVAILABLE);
        }
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
