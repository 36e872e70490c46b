package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's) that records every frame it receives. */
public final class WsClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration WAIT = Duration.ofSeconds(20);

    final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    /** Pings the server sent (keepalive). */
    final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private final Object lock = new Object();

    private WsClient(URI uri, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    static WsClient connect(int port, String query, Map<String, String> headers) {
        return new WsClient(URI.create("ws://localhost:" + port + "/chat" + (query == null ? "" : "?" + query)), headers);
    }

    static WsClient withToken(int port, String token) {
        WsClient client = connect(port, "token=" + token, Map.of());
        client.await("auth-success");
        return client;
    }

    WsClient send(Map<String, ?> frame) {
        return sendText(JSON.writeValueAsString(frame));
    }

    WsClient sendText(String text) {
        synchronized (lock) {
            socket.sendText(text, true).join();
        }
        return this;
    }

    WsClient sendBinary(byte[] bytes) {
        synchronized (lock) {
            socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
        }
        return this;
    }

    /** The first frame matching {@code wanted} not yet taken, waiting for it if needed. */
    JsonNode await(Predicate<JsonNode> wanted) {
        return await(wanted, "a matching frame");
    }

    /** The first frame of {@code type} not yet taken, waiting for it if needed. */
    JsonNode await(String type) {
        return await(frame -> frame.path("type").asString().equals(type), type);
    }

    JsonNode await(Predicate<JsonNode> wanted, String description) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (frames) {
            while (true) {
                for (JsonNode frame : frames) {
                    if (wanted.test(frame)) {
                        frames.remove(frame);
                        return frame;
                    }
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("waiting for %s; received %s", description, frames).isPositive();
                try {
                    frames.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** An {@code error} frame with this code. */
    JsonNode awaitError(String code) {
        return await(frame -> frame.path("type").asString().equals("error") && frame.path("code").asString().equals(code),
                "error " + code);
    }

    /** Sends a ping and waits for its pong: everything the server sent before is then received. */
    void sync() {
        String ref = "sync-" + System.nanoTime();
        send(Map.of("type", "ping", "ref", ref));
        await(frame -> frame.path("type").asString().equals("pong") && frame.path("ref").asString().equals(ref), "pong " + ref);
    }

    List<JsonNode> all(Predicate<JsonNode> wanted) {
        synchronized (frames) {
            return frames.stream().filter(wanted).toList();
        }
    }

    List<JsonNode> all(String type) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode frame : frames) {
            if (frame.path("type").asString().equals(type)) {
                matching.add(frame);
            }
        }
        return matching;
    }

    int awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Drops the TCP connection without a close frame, as a client that loses its network does. */
    void vanish() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode frame = JSON.readTree(partial.toString());
                partial.setLength(0);
                synchronized (frames) {
                    frames.add(frame);
                    frames.notifyAll();
                }
            }
            webSocket.request(1);
            return null;
        }

        /** The JDK client answers every ping with a pong by itself; this only counts them. */
        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
            pings.incrementAndGet();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
