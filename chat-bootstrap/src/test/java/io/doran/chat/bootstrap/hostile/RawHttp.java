package io.doran.chat.bootstrap.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP/1.1 connection on a raw socket, for what the JDK client would not send as written: chunked
 * bodies of any size, bodies that never end, exact bytes (invalid UTF-8), headers sent before their body,
 * and several requests on one connection.
 */
final class RawHttp implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(int port) {
        try {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(20_000);
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, headers (names lower case) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean closesConnection() {
            String connection = header("connection");
            return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** The head of a request: request line, headers, blank line. */
    static byte[] head(String method, String target, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code body} as one chunk (the whole chunked encoding, last chunk included). */
    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoded.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        encoded.writeBytes(body);
        encoded.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return encoded.toByteArray();
    }

    /** One chunk, not the last: for bodies sent piece by piece. */
    static byte[] chunk(byte[] piece) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoded.writeBytes((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        encoded.writeBytes(piece);
        encoded.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return encoded.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    void send(byte[]... parts) throws IOException {
        for (byte[] part : parts) {
            out.write(part);
        }
        out.flush();
    }

    /**
     * Streams a chunked body of about {@code total} bytes — {@code prefix}, filler, {@code suffix} — on a
     * thread of its own, until it is all sent or the server stops taking it; the caller reads the answer
     * meanwhile.
     */
    Thread streamChunked(byte[] prefix, long total, byte[] suffix) {
        return Thread.ofVirtual().start(() -> {
            try {
                send(chunk(prefix));
                byte[] filler = new byte[64 * 1024];
                java.util.Arrays.fill(filler, (byte) 'a');
                for (long sent = prefix.length; sent < total; sent += filler.length) {
                    send(chunk(filler));
                }
                send(chunk(suffix), "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException refusedOrClosed) {
                // the server answered and closed: what a refused body looks like from the sending side
            }
        });
    }

    /** Reads one response (by Content-Length, chunks, or up to the end of the connection). */
    Response read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the connection was closed before a response");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.writeBytes(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                body.writeBytes(in.readNBytes(size));
                line();
            }
            line();
        } else if (status != 101 && status != 204 && status != 304) {
            body.writeBytes(in.readAllBytes());
        }
        return new Response(status, headers, body.toByteArray());
    }

    /** Whether the server has closed the connection (nothing more to read within a short wait). */
    boolean closedByServer() throws IOException {
        int timeout = socket.getSoTimeout();
        socket.setSoTimeout(2_000);
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        } finally {
            socket.setSoTimeout(timeout);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket the server may have reset already
        }
    }
}
