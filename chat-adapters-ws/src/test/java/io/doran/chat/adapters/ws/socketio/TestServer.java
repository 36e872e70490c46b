package io.doran.chat.adapters.ws.socketio;

import io.doran.chat.adapters.ws.socketio.engine.EngineIoHandler;
import io.doran.chat.adapters.ws.socketio.engine.EngineListener;
import io.doran.chat.adapters.ws.socketio.engine.EngineServer;
import io.doran.chat.adapters.ws.socketio.engine.EngineSettings;
import io.doran.chat.adapters.ws.socketio.engine.OutboundPacket;
import io.doran.chat.adapters.ws.socketio.engine.CloseReason;
import io.doran.chat.adapters.ws.socketio.protocol.NamespaceHandler;
import io.doran.chat.adapters.ws.socketio.protocol.SocketIoServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bare Jetty server with the Engine.IO echo endpoint at {@code /engine.io/} and a Socket.IO endpoint at
 * {@code /socket.io/}, wired with the namespace handlers a test gives: the protocol layer on its own.
 */
public final class TestServer implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Server jetty;
    private final ScheduledExecutorService timers = EngineServer.timers("socketio-test-timers");
    private final ExecutorService disconnects = Executors.newVirtualThreadPerTaskExecutor();
    private final EngineServer socketIo;

    private TestServer(int port, EngineSettings settings, Duration connectTimeout, Map<String, NamespaceHandler> namespaces)
            throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        EngineServer echo = new EngineServer(settings, TestServer::echo, timers);
        socketIo = new EngineServer(settings, new SocketIoServer(namespaces, JSON, connectTimeout, timers, disconnects), timers);
        EngineIoHandler.install(jetty, "/engine.io/", echo);
        EngineIoHandler.install(jetty, "/socket.io/", socketIo);
        jetty.start();
    }

    /** The settings of the protocols' compliance suites. */
    static EngineSettings complianceSettings() {
        return new EngineSettings(Duration.ofMillis(300), Duration.ofMillis(200), 1_000_000, 1000, List.of("*"));
    }

    static TestServer start(EngineSettings settings, Duration connectTimeout, Map<String, NamespaceHandler> namespaces)
            throws Exception {
        return new TestServer(0, settings, connectTimeout, namespaces);
    }

    static TestServer start(int port, EngineSettings settings, Duration connectTimeout,
                            Map<String, NamespaceHandler> namespaces) throws Exception {
        return new TestServer(port, settings, connectTimeout, namespaces);
    }

    int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Socket.IO connections open now. */
    int openSessions() {
        return socketIo.openSessions();
    }

    void join() throws InterruptedException {
        jetty.join();
    }

    /** The Engine.IO suite's reference application: every message is sent back. */
    private static EngineListener echo(io.doran.chat.adapters.ws.socketio.engine.EngineSession session) {
        return new EngineListener() {
            @Override
            public void onMessage(String text) {
                session.send(OutboundPacket.textMessage(text));
            }

            @Override
            public void onBinary(byte[] data) {
                session.send(OutboundPacket.binaryMessage(data));
            }

            @Override
            public void onClose(CloseReason reason) {
            }
        };
    }

    @Override
    public void close() throws Exception {
        socketIo.closeAll();
        jetty.stop();
        timers.shutdownNow();
        disconnects.shutdown();
    }

}
