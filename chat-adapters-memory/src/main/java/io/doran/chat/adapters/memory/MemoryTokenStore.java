package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Live token ids in memory, each until its TTL (the embedded default's stand-in for the auth server's store). */
public class MemoryTokenStore implements TokenStore {

    private final Map<String, Instant> live = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryTokenStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isActive(String jti) {
        Instant until = live.get(jti);
        if (until == null) {
            return false;
        }
        if (!clock.instant().isBefore(until)) {
            live.remove(jti, until);
            return false;
        }
        return true;
    }

    @Override
    public void store(String jti, Duration ttl) {
        live.put(jti, clock.instant().plus(ttl));
    }

    @Override
    public void revoke(String jti) {
        live.remove(jti);
    }
}
