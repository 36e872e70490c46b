package io.doran.chat.adapters.ws.session;

import java.time.Duration;

/**
 * When a WebSocket connection is pinged and when it is given up (SPEC §8), from the times it was last heard and its
 * ping left, on a monotonic clock in nanoseconds that the caller passes in. A connection silent for {@code pingEvery}
 * gets one ping — or a little later: each connection waits its own share of {@link #SPREAD} × {@code pingEvery} more,
 * so that connections opened together (a reconnect storm, a benchmark's setup) are not all pinged in one sweep, nor
 * answer in one burst, every {@code pingEvery} from then on. It is closed when that ping has been out for
 * {@code timeout} with no frame or pong heard since. The timeout runs from when the ping was written to the socket,
 * not from when it was queued: a ping that waits behind the connection's outbound frames, or behind a busy server,
 * does not shorten the client's time to answer. A ping still unwritten after {@code timeout} is given up too: its
 * client reads nothing.
 *
 * <p>Called from the connection's reader ({@link #heard}), the keepalive sweep ({@link #due}) and the writer's callback
 * ({@link #written}); each field is written by one of them only.
 */
public final class Keepalive {

    /** What the sweep should do with the connection now. */
    public enum Due {
        NOTHING, PING, CLOSE
    }

    /** How much later than {@code pingEvery} a connection may be pinged, as a share of it: 0.25 (25 s → 25–31 s). */
    public static final double SPREAD = 0.25;

    private final double share;
    private volatile long lastHeard;
    private volatile long pingQueued;
    private volatile long writtenPing;
    private volatile long pingWritten;

    /**
     * A connection opened at {@code now}, pinged once silent for {@code pingEvery × (1 + SPREAD × share)}; pass each
     * connection its own {@code share} in [0, 1), e.g. a random one.
     */
    public Keepalive(long now, double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("share must be in [0, 1): " + share);
        }
        this.share = share;
        lastHeard = now;
        pingQueued = now;
        writtenPing = now;
        pingWritten = now;
    }

    /** The client said something (a frame, a pong): it is alive, and any ping out is answered. */
    public void heard(long now) {
        lastHeard = now;
    }

    /**
     * What to do at {@code now}: {@code PING} (the ping is then taken as queued at {@code now}: write it and report
     * {@link #written}), {@code CLOSE}, or nothing.
     */
    public Due due(long now, long pingEveryNanos, long timeoutNanos) {
        long heard = lastHeard;
        if (now - heard < pingEveryNanos + (long) (pingEveryNanos * SPREAD * share)) {
            return Due.NOTHING;
        }
        long queued = pingQueued;
        if (queued - heard <= 0) {
            pingQueued = now;
            return Due.PING;
        }
        long since = writtenPing == queued ? pingWritten : queued;
        return now - since >= timeoutNanos ? Due.CLOSE : Due.NOTHING;
    }

    /** The ping {@link #due} asked for at {@code queuedAt} reached the socket at {@code now}. */
    public void written(long queuedAt, long now) {
        pingWritten = now;
        writtenPing = queuedAt;
    }

    /**
     * How often a sweep should look at every connection: often enough that the pings of connections opened together
     * leave spread over their {@link #SPREAD}, and a silent one is closed soon after its timeout.
     */
    public static Duration sweepEvery(Duration pingEvery, Duration timeout) {
        long millis = Math.min((long) (pingEvery.toMillis() * SPREAD / 12), timeout.toMillis() / 2);
        return Duration.ofMillis(Math.max(50, millis));
    }

    /** How long the client has been silent at {@code now}, in nanoseconds. */
    public long silentFor(long now) {
        return now - lastHeard;
    }
}
