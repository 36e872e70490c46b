package io.doran.chat.adapters.ws.socketio;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The server the official Engine.IO and Socket.IO compliance suites run against
 * ({@code scripts/socketio-conformance.sh}): the suites' settings, the Engine.IO echo at
 * {@code /engine.io/}, Socket.IO's reference handlers at {@code /socket.io/} for {@code /} and {@code /custom}.
 * Usage: {@code ConformanceServer <port>}; it prints {@code listening on <port>} once it accepts connections.
 */
public final class ConformanceServer {

    private ConformanceServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("reference-handler").daemon().factory());
        TestServer server = TestServer.start(port, TestServer.complianceSettings(), Duration.ofMillis(1000),
                Map.of("/", new ReferenceHandler(true, later), "/custom", new ReferenceHandler(false, later)));
        System.out.println("listening on " + server.port());
        server.join();
    }
}
