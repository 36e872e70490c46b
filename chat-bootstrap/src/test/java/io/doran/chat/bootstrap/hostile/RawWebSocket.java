package io.doran.chat.bootstrap.hostile;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a bare socket, for what the JDK's client will not send or would answer by itself:
 * text frames whose bytes are not UTF-8, and silence when the server pings. It speaks only the handshake,
 * masked client frames, and reading server frames.
 */
final class RawWebSocket implements AutoCloseable {

    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    /** The handshake's status line and headers. */
    final String head;

    /** Opens {@code target} (path and query) with extra header lines ({@code "Name: value"}). */
    RawWebSocket(int port, String target, String... headers) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        in = new DataInputStream(socket.getInputStream());
        head = readHead(in);
    }

    /** The handshake's HTTP status (101 when the connection was upgraded). */
    int status() {
        String[] statusLine = head.split(" ", 3);
        return statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Sends one final frame of {@code opcode} carrying exactly {@code payload} (masked, as a client must). */
    RawWebSocket send(int opcode, byte[] payload) throws IOException {
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        }
        out.write(mask);
        byte[] masked = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) {
            masked[i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        out.write(masked);
        out.flush();
        return this;
    }

    /**
     * Reads frames, answering none (not even pings), until the server closes; answers its close code (1005 for a
     * close frame without one) or -1 when the server just cut the line. {@code opcodes} gets every frame's opcode.
     */
    int awaitClose(List<Integer> opcodes) throws IOException {
        while (true) {
            int first = in.read();
            if (first < 0) {
                return -1;
            }
            int opcode = first & 0x0F;
            long length = in.readUnsignedByte() & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = in.readNBytes((int) length);
            opcodes.add(opcode);
            if (opcode == CLOSE) {
                return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
            }
        }
    }

    int awaitClose() throws IOException {
        return awaitClose(new ArrayList<>());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
