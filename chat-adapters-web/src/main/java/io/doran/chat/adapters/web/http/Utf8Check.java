package io.doran.chat.adapters.web.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks bytes as they stream past with the JDK's strict UTF-8 decoder, which refuses what a lenient
 * decoder turns into other text: overlong forms ({@code C0 AF}, which Jackson reads as {@code /}),
 * encoded surrogates ({@code ED A0 80}), code points past U+10FFFF, stray continuation bytes and a
 * sequence cut off at the end. It only validates; the text is decoded by whoever reads the stream.
 */
final class Utf8Check {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer sink = CharBuffer.allocate(1024);
    private byte[] carry = new byte[0];
    private boolean ended;

    /** Checks the next {@code length} bytes; a sequence they leave incomplete waits for the next call. */
    void feed(byte[] bytes, int offset, int length) throws CharacterCodingException {
        ByteBuffer in;
        if (carry.length == 0) {
            in = ByteBuffer.wrap(bytes, offset, length);
        } else {
            byte[] joined = Arrays.copyOf(carry, carry.length + length);
            System.arraycopy(bytes, offset, joined, carry.length, length);
            in = ByteBuffer.wrap(joined);
        }
        decode(in, false);
        carry = new byte[in.remaining()];
        in.get(carry);
    }

    /** The end of the bytes (once; later calls do nothing): a sequence still incomplete is malformed. */
    void end() throws CharacterCodingException {
        if (ended) {
            return;
        }
        ended = true;
        decode(ByteBuffer.wrap(carry), true);
        carry = new byte[0];
        sink.clear();
        CoderResult flushed = decoder.flush(sink);
        if (flushed.isError()) {
            flushed.throwException();
        }
    }

    private void decode(ByteBuffer in, boolean last) throws CharacterCodingException {
        while (true) {
            sink.clear();
            CoderResult result = decoder.decode(in, sink, last);
            if (result.isError()) {
                result.throwException();
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }
}
