package io.doran.chat.adapters.web.out.users;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A user service of seed 003 on a real HTTP server on a free local port: {@code GET /api/users/{userId}} answers
 * the users it knows with the seed's whole {@code UserDto} and 404 for others; it can be made to fail (500),
 * to hang (answer only when told to answer again), or to be down (connection refused), and to come back on the
 * same port.
 */
public final class FakeUserService implements AutoCloseable {

    private enum Mode { ANSWER, FAIL, HANG }

    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final int port;
    private volatile Mode mode = Mode.ANSWER;
    private volatile CountDownLatch hanging = new CountDownLatch(0);
    private volatile HttpServer server;

    private FakeUserService() {
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    public static FakeUserService start() {
        return new FakeUserService();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** From now on the service knows {@code userId} by {@code name}. */
    public FakeUserService knows(String userId, String name) {
        users.put(userId, """
                {"id":"%s","email":"%s@example.com","firstName":"F","lastName":"L","name":"%s","passwordHash":"x",
                 "picture":"https://example.com/%s.png","info":"","lastConnTime":"2025-01-27T10:00:00","status":"ACTIVE",
                 "role":"ROLE_USER","coachCheck":false,"createdAt":"2025-01-01T00:00:00","updatedAt":"2025-01-27T10:00:00"}"""
                .formatted(userId, userId, name, userId));
        return this;
    }

    /** Answers again (releasing any request it was holding). */
    public void answers() {
        mode = Mode.ANSWER;
        hanging.countDown();
    }

    /** Every request gets a 500. */
    public void fails() {
        mode = Mode.FAIL;
    }

    /** Every request waits, without an answer, until {@link #answers()} (or at most 30 s). */
    public void hangs() {
        hanging = new CountDownLatch(1);
        mode = Mode.HANG;
    }

    /** Stops listening: connections are refused. */
    public void stop() {
        hanging.countDown();
        server.stop(0);
    }

    /** Listens again on the same port, answering. */
    public void restart() {
        mode = Mode.ANSWER;
        server = listen(port);
    }

    /** Requests received so far. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        stop();
    }

    private HttpServer listen(int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.createContext("/api/users/", this::handle);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String id = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/api/users/".length()),
                    StandardCharsets.UTF_8);
            if (mode == Mode.HANG) {
                hanging.await(30, TimeUnit.SECONDS);
            }
            if (mode == Mode.FAIL) {
                reply(exchange, 500, "{\"message\":\"internal error\"}");
                return;
            }
            String user = users.get(id);
            reply(exchange, user == null ? 404 : 200, user == null ? "{\"message\":\"user not found\"}" : user);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
