package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The request body as its readers see it: never more than {@code maxBytes} — a read past the limit
 * fails with {@code PAYLOAD_TOO_LARGE} after at most one byte too many was taken from the connection,
 * however the body is framed — and, when it is declared UTF-8 (or not declared: JSON is UTF-8), bytes
 * that decode strictly or {@code VALIDATION_FAILED}. Not thread-safe: one request reads it.
 */
final class BoundedBody extends ServletInputStream {

    /** How long a drain waits between looks at the connection for the rest of a body. */
    private static final long WAIT_STEP_NANOS = Duration.ofMillis(2).toNanos();

    private final ServletInputStream in;
    private final long maxBytes;
    private final long declaredLength;
    private final Utf8Check utf8;
    private long read;
    private boolean ended;
    private BodyRefusedException refused;

    BoundedBody(ServletInputStream in, long maxBytes, long declaredLength, boolean checkUtf8) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.utf8 = checkUtf8 ? new Utf8Check() : null;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (refused != null) {
            throw refused;
        }
        if (ended) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int n = in.read(bytes, offset, (int) Math.min(length, maxBytes + 1 - read));
        if (n < 0) {
            ended = true;
            checkEnd();
            return -1;
        }
        read += n;
        if (read > maxBytes) {
            throw refuse(new ChatException(ErrorCode.PAYLOAD_TOO_LARGE, maxBytes));
        }
        if (utf8 != null) {
            try {
                utf8.feed(bytes, offset, n);
            } catch (CharacterCodingException e) {
                throw refuse(notUtf8());
            }
            if (read == declaredLength) {
                checkEnd();
            }
        }
        return n;
    }

    /**
     * Reads and drops the rest of the body, so that the connection may carry the client's next request: an
     * early answer (a 401 before the body was read) must not close the connection under a client that is still
     * sending its body — it would lose the answer, or its next request. What has arrived is read at once; what
     * is still on its way is waited for up to {@code patience} (a body within the limit on a working connection
     * arrives in far less), never blocking on the connection. True when the whole body has been read; false when
     * it did not arrive in time, is over the limit, was refused, failed, or the client waits for
     * {@code 100 Continue} before sending it.
     */
    boolean drain(boolean expectsContinue, Duration patience) {
        if (finished()) {
            return true;
        }
        if (refused != null || (expectsContinue && read == 0) || declaredLength > maxBytes) {
            return false;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        byte[] scratch = new byte[8192];
        try {
            while (!finished()) {
                if (in.isFinished()) {
                    ended = true;
                    return true;
                }
                int available = in.available();
                if (available <= 0) {
                    if (System.nanoTime() - deadline > 0) {
                        return false;
                    }
                    LockSupport.parkNanos(WAIT_STEP_NANOS);
                    continue;
                }
                int n = in.read(scratch, 0, (int) Math.min(Math.min(available, scratch.length), maxBytes + 1 - read));
                if (n < 0) {
                    ended = true;
                    return true;
                }
                read += n;
                if (read > maxBytes) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean finished() {
        return ended || (declaredLength >= 0 && read >= declaredLength);
    }

    private void checkEnd() throws BodyRefusedException {
        if (utf8 != null) {
            try {
                utf8.end();
            } catch (CharacterCodingException e) {
                throw refuse(notUtf8());
            }
        }
    }

    private static ChatException notUtf8() {
        return new ChatException(ErrorCode.VALIDATION_FAILED, "the request body is not valid UTF-8");
    }

    private BodyRefusedException refuse(ChatException reason) {
        refused = new BodyRefusedException(reason);
        return refused;
    }

    @Override
    public boolean isFinished() {
        return ended || in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
