package io.doran.chat.bootstrap.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Socket.IO client spoken by hand over the WebSocket transport (Engine.IO v4, Socket.IO v5), as a hostile one
 * would: it sends exactly the packets a case gives it, answers the server's pings ({@code 2} with {@code 3})
 * unless told to play dead, and records every packet it receives.
 */
public final class SocketIoClient implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final List<String> packets = new ArrayList<>();
    public final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private volatile boolean answerPings = true;
    private final java.util.concurrent.atomic.AtomicInteger pongs = new java.util.concurrent.atomic.AtomicInteger();
    private final String namespace;
    private final java.util.concurrent.atomic.AtomicInteger acks = new java.util.concurrent.atomic.AtomicInteger();

    private SocketIoClient(URI uri, String namespace, Map<String, String> headers) {
        this.namespace = namespace;
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new Listener()).join();
        assertThat(await(packet -> packet.startsWith("0{"), "the Engine.IO open packet")).contains("\"sid\"");
    }

    /** Opens the transport with {@code headers} and {@code query} (no CONNECT yet). */
    public static SocketIoClient open(int port, String namespace, String query, Map<String, String> headers) {
        return new SocketIoClient(URI.create("ws://localhost:" + port + "/socket.io/?EIO=4&transport=websocket"
                + (query.isEmpty() ? "" : "&" + query)), namespace, headers);
    }

    /** Opened and connected to {@code /socket} with {@code auth: {token}}: ready for events. */
    public static SocketIoClient connected(int port, String token) {
        SocketIoClient client = open(port, "/socket", "", Map.of());
        assertThat(client.connect(Map.of("token", token))).startsWith("40/socket,{\"sid\"");
        return client;
    }

    /** Sends the CONNECT packet with {@code auth} (none when null) and answers the server's reply packet. */
    public String connect(Map<String, ?> auth) {
        String nsp = namespace.equals("/") ? "" : namespace + ",";
        send("40" + nsp + (auth == null ? "" : JSON.writeValueAsString(auth)));
        return await(packet -> (packet.startsWith("40" + nsp) || packet.startsWith("44" + nsp))
                && (!nsp.isEmpty() || !packet.startsWith("40/") && !packet.startsWith("44/")), "the CONNECT reply");
    }

    /** Emits {@code event} with {@code data} (no acknowledgement). */
    public SocketIoClient emit(String event, Object data) {
        return send(eventPrefix() + JSON.writeValueAsString(List.of(event, data)));
    }

    /** Sends a raw EVENT payload after the namespace, e.g. {@code ["typing",{"roomId":5}]}. */
    public SocketIoClient emitRaw(String payload) {
        return send(eventPrefix() + payload);
    }

    private String eventPrefix() {
        return namespace.equals("/") ? "42" : "42" + namespace + ",";
    }

    public SocketIoClient send(String packet) {
        synchronized (socket) {
            socket.sendText(packet, true).join();
        }
        return this;
    }

    public SocketIoClient sendBinary(byte[] bytes) {
        synchronized (socket) {
            socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
        }
        return this;
    }

    /** From now on the server's pings go unanswered, as from a peer whose network vanished. */
    public void playDead() {
        answerPings = false;
    }

    /** How many of the server's pings this client answered. */
    public int pingsAnswered() {
        return pongs.get();
    }

    /** The data of the first event named {@code event} not yet taken, waiting for it. */
    public JsonNode awaitEvent(String event) {
        return awaitEvent(event, data -> true);
    }

    public JsonNode awaitEvent(String event, Predicate<JsonNode> wanted) {
        String packet = await(p -> eventName(p).equals(event) && wanted.test(eventData(p)), "event " + event);
        return eventData(packet);
    }

    /** An {@code error} event with this code. */
    public JsonNode awaitError(String code) {
        return awaitEvent("error", data -> data.path("code").asString().equals(code));
    }

    /** Emits {@code event} with an acknowledgement id and answers the acknowledgement's first argument. */
    public JsonNode emitWithAck(String event, Object data) {
        int id = acks.incrementAndGet();
        String nsp = namespace.equals("/") ? "" : namespace + ",";
        send("42" + nsp + id + JSON.writeValueAsString(List.of(event, data)));
        String ack = await(packet -> packet.startsWith("43" + nsp + id + "["), "the acknowledgement " + id);
        return JSON.readTree(ack.substring(ack.indexOf('['))).path(0);
    }

    /** Emits a {@code ping} with an acknowledgement and waits for it: everything the server sent before is then here. */
    public void sync() {
        emitWithAck("ping", Map.of());
    }

    /** The data of every event named {@code event} received so far (and not taken). */
    public List<JsonNode> all(String event) {
        synchronized (packets) {
            return packets.stream().filter(p -> eventName(p).equals(event)).map(SocketIoClient::eventData).toList();
        }
    }

    private String eventName(String packet) {
        String prefix = eventPrefix();
        if (!packet.startsWith(prefix)) {
            return "";
        }
        JsonNode array = JSON.readTree(packet.substring(prefix.length()));
        return array.path(0).asString();
    }

    private static JsonNode eventData(String packet) {
        JsonNode array = JSON.readTree(packet.substring(packet.indexOf('[')));
        return array.path(1);
    }

    public String await(Predicate<String> wanted, String description) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (packets) {
            while (true) {
                for (String packet : packets) {
                    if (wanted.test(packet)) {
                        packets.remove(packet);
                        return packet;
                    }
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("waiting for %s; received %s", description, packets).isPositive();
                try {
                    packets.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The WebSocket close code, or -1 when the connection just ended. */
    public int awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String packet = partial.toString();
                partial.setLength(0);
                if (packet.equals("2")) {
                    if (answerPings) {
                        send("3");
                        pongs.incrementAndGet();
                    }
                } else {
                    synchronized (packets) {
                        packets.add(packet);
                        packets.notifyAll();
                    }
                }
            }
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
