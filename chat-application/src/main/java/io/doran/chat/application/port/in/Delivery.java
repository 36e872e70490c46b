package io.doran.chat.application.port.in;

import java.util.Objects;
import java.util.function.Function;

/**
 * One update on its way to every local connection that should hear it. The same instance goes to all
 * of them, so an adapter encodes it once however many recipients there are ({@link #encoded}).
 */
public final class Delivery {

    private final LiveUpdate update;
    private volatile Object encoded;

    public Delivery(LiveUpdate update) {
        this.update = Objects.requireNonNull(update, "update");
    }

    public LiveUpdate update() {
        return update;
    }

    /**
     * The update encoded by {@code encoder}, computed by the first caller and shared with the rest. All
     * callers of one delivery must use the same encoder.
     */
    @SuppressWarnings("unchecked")
    public <T> T encoded(Function<LiveUpdate, T> encoder) {
        Object value = encoded;
        if (value == null) {
            synchronized (this) {
                value = encoded;
                if (value == null) {
                    value = Objects.requireNonNull(encoder.apply(update), "encoding");
                    encoded = value;
                }
            }
        }
        return (T) value;
    }
}
