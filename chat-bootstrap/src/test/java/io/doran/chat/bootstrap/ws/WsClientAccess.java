package io.doran.chat.bootstrap.ws;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@link WsClient} for tests in other packages. */
public final class WsClientAccess {

    private WsClientAccess() {
    }

    public static WsClient withToken(int port, String token) {
        return WsClient.withToken(port, token);
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
