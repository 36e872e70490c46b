package io.doran.chat.application.port.out;

/** A listener registration; closing it stops deliveries. Closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
