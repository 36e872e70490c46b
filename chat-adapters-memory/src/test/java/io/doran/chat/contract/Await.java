package io.doran.chat.contract;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that an asynchronous implementation makes true eventually; never a fixed sleep. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition) {
        until(Duration.ofSeconds(10), condition);
    }

    public static void until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
