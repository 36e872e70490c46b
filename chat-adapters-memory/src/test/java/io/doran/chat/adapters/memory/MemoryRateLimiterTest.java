package io.doran.chat.adapters.memory;

import io.doran.chat.contract.ManualClock;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.contract.RateLimiterContract;

class MemoryRateLimiterTest extends RateLimiterContract {

    @Override
    protected RateLimiter newRateLimiter(ManualClock clock) {
        return new MemoryRateLimiter(clock);
    }
}
