package io.doran.chat.application.port.in;

import java.util.Objects;
import java.util.function.Function;

/**
 * One update on its way to every local connection that should hear it. The same instance goes to all of
 * them, so each transport encodes it once however many recipients there are ({@link #encoded}): a broadcast
 * costs one encoding per transport in use, not one per connection.
 */
public final class Delivery {

    /** How one transport writes updates; compared by identity, so each transport keeps one instance. */
    public interface Encoding<T> extends Function<LiveUpdate, T> {
    }

    private final LiveUpdate update;
    private volatile Encoded encoded;

    public Delivery(LiveUpdate update) {
        this.update = Objects.requireNonNull(update, "update");
    }

    public LiveUpdate update() {
        return update;
    }

    /**
     * The update as {@code encoding} writes it, computed by the first caller with that encoding and shared
     * with the rest. A delivery keeps one value per encoding (a handful of transports at most).
     */
    @SuppressWarnings("unchecked")
    public <T> T encoded(Encoding<T> encoding) {
        for (Encoded e = encoded; e != null; e = e.next) {
            if (e.encoding == encoding) {
                return (T) e.value;
            }
        }
        synchronized (this) {
            for (Encoded e = encoded; e != null; e = e.next) {
                if (e.encoding == encoding) {
                    return (T) e.value;
                }
            }
            T value = Objects.requireNonNull(encoding.apply(update), "encoding");
            encoded = new Encoded(encoding, value, encoded);
            return value;
        }
    }

    private record Encoded(Encoding<?> encoding, Object value, Encoded next) {
    }
}
