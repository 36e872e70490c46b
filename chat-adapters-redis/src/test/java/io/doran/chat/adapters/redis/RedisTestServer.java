package io.doran.chat.adapters.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A real Redis for the adapter's tests, one per test JVM: {@code DORAN_REDIS_URL=redis://host:port} when
 * set, otherwise its own {@code redis-server} on a free port (no persistence), stopped when the JVM
 * exits. Without either the tests fail and say how to provide one; they never skip.
 */
public final class RedisTestServer {

    private static RedisTestServer instance;

    private final String host;
    private final int port;
    private final Process process;

    private RedisTestServer(String host, int port, Process process) {
        this.host = host;
        this.port = port;
        this.process = process;
    }

    public static synchronized RedisTestServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean controllable() {
        return process != null;
    }

    /** A template on its own connection factory, as the application would have. */
    public StringRedisTemplate template() {
        LettuceConnectionFactory factory = connectionFactory();
        return new StringRedisTemplate(factory);
    }

    public LettuceConnectionFactory connectionFactory() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static RedisTestServer start() {
        String url = System.getenv("DORAN_REDIS_URL");
        if (url != null && !url.isBlank()) {
            java.net.URI uri = java.net.URI.create(url.strip());
            return new RedisTestServer(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), null);
        }
        Path binary = Path.of(System.getenv().getOrDefault("DORAN_REDIS_SERVER", "/usr/bin/redis-server"));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("No Redis for the Redis adapter's tests: set DORAN_REDIS_URL=redis://host:port, "
                    + "or install redis-server (" + binary + ", or DORAN_REDIS_SERVER)");
        }
        int port = freePort();
        try {
            Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            RedisTestServer server = new RedisTestServer("127.0.0.1", port, process);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(host, port)) {
                return;
            } catch (IOException notYet) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }

    /** Freezes Redis (SIGSTOP): every command times out, as when Redis is down. */
    public void pause() {
        signal("STOP");
    }

    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException("only a Redis started by the tests can be paused");
        }
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
