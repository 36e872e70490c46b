package io.doran.chat.bootstrap.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver as a push service would run it: a real HTTP server that checks each request's signature
 * (401 when it does not match), answers 500 to the attempts {@code failing} picks, and keeps what it took.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request the receiver took (answered 2xx). */
    record Received(String id, String type, String timestamp, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String secret;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile Predicate<JsonNode> failing = body -> false;

    WebhookReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers 500 to every attempt whose body {@code failing} accepts, and 2xx to the others. */
    void failWhen(Predicate<JsonNode> failing) {
        this.failing = failing;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> received(String type) {
        return received.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** Every attempt at the event {@code id}, answered however. */
    int attempts(String id) {
        AtomicInteger count = attempts.get(id);
        return count == null ? 0 : count.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-Doran-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Doran-Signature");
            if (timestamp == null || signature == null || !MessageDigest.isEqual(
                    sign(timestamp + "." + body).getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8))) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode event = JSON.readTree(body);
            attempts.computeIfAbsent(event.path("id").asString(), id -> new AtomicInteger()).incrementAndGet();
            if (failing.test(event)) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            synchronized (this) {
                received.add(new Received(event.path("id").asString(),
                        exchange.getRequestHeaders().getFirst("X-Doran-Event"), timestamp, event));
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
