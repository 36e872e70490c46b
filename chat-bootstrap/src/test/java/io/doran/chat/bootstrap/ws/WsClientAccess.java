package io.doran.chat.bootstrap.ws;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** {@link WsClient} for tests in other packages. */
public final class WsClientAccess {

    private WsClientAccess() {
    }

    public static WsClient withToken(int port, String token) {
        return WsClient.withToken(port, token);
    }

    /** A client of another endpoint than {@code /chat} (seed 001's WebSocket); a refused handshake throws. */
    public static WsClient open(URI uri, Map<String, String> headers) {
        return WsClient.open(uri, headers);
    }

    /** A client of {@code /chat} with this query (or none) and these headers, not yet authenticated. */
    public static WsClient connect(int port, String query, Map<String, String> headers) {
        return WsClient.connect(port, query, headers);
    }

    /** How many pings the server has sent this client (the JDK client answers each by itself). */
    public static int pings(WsClient client) {
        return client.pings.get();
    }

    public static void sendBinary(WsClient client, byte[] bytes) {
        client.sendBinary(bytes);
    }

    /** The first {@code error} frame with this code, waiting for it if needed. */
    public static JsonNode awaitError(WsClient client, String code) {
        return client.awaitError(code);
    }

    /** Every frame matching {@code wanted} received so far (and not taken). */
    public static List<JsonNode> all(WsClient client, Predicate<JsonNode> wanted) {
        return client.all(wanted);
    }

    public static void sendText(WsClient client, String text) {
        client.sendText(text);
    }

    /** The first frame matching {@code wanted} not yet taken, waiting for it if needed. */
    public static JsonNode await(WsClient client, Predicate<JsonNode> wanted, String description) {
        return client.await(wanted, description);
    }

    /** Forgets every frame received so far. */
    public static void clear(WsClient client) {
        client.frames.clear();
    }

    public static JsonNode join(WsClient client, String roomId) {
        client.send(Map.of("type", "join-room", "roomId", roomId));
        return client.await("room-joined");
    }

    public static void send(WsClient client, Map<String, ?> frame) {
        client.send(frame);
    }

    public static JsonNode await(WsClient client, String type) {
        return client.await(type);
    }

    /** The first {@code new-message} with {@code content}, waiting for it if needed. */
    public static JsonNode awaitMessage(WsClient client, String content) {
        return client.await(f -> f.path("type").asString().equals("new-message") && f.path("content").asString().equals(content),
                "new-message " + content);
    }

    public static int awaitClose(WsClient client) {
        return client.awaitClose();
    }

    public static void sync(WsClient client) {
        client.sync();
    }

    public static List<JsonNode> all(WsClient client, String type) {
        return client.all(type);
    }

    /** The ids of the first {@code count} new messages, in arrival order (waits for them). */
    public static List<String> awaitMessages(WsClient client, int count) {
        for (int round = 0; round < 100 && client.all("new-message").size() < count; round++) {
            client.sync();
        }
        return client.all("new-message").stream().map(f -> f.path("messageId").asString()).toList();
    }
}
