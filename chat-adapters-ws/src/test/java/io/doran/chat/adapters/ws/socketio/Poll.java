package io.doran.chat.adapters.ws.socketio;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that the server makes true eventually, checking it every few milliseconds. */
final class Poll {

    private Poll() {
    }

    static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            NodeClient.sleepBriefly();
        }
    }
}
