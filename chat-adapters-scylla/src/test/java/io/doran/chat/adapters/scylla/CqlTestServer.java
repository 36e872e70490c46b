package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * The real CQL server of the adapter's integration tests, one per test JVM, chosen in this order:
 * <ol>
 * <li>{@code DORAN_CQL_CONTACT_POINT=host:port} (and {@code DORAN_CQL_LOCAL_DC}, default {@code datacenter1}):
 *     a server already running;</li>
 * <li>a Docker engine: a {@code scylladb/scylla} container (Testcontainers);</li>
 * <li>otherwise Apache Cassandra 5.0 as a child JVM on JDK 17 ({@code DORAN_CASSANDRA_JAVA_HOME}, default
 *     {@code /usr/lib/jvm/java-17-openjdk-amd64}), from the jars the {@code cassandra-test-server} module copies.</li>
 * </ol>
 * If none is possible the tests fail and say how to provide one: they never skip.
 */
public final class CqlTestServer {

    private static CqlTestServer instance;

    private final String host;
    private final int port;
    private final String datacenter;
    private final Process process;
    private final Path workDir;

    private CqlTestServer(String host, int port, String datacenter, Process process, Path workDir) {
        this.host = host;
        this.port = port;
        this.datacenter = datacenter;
        this.process = process;
        this.workDir = workDir;
    }

    public static synchronized CqlTestServer get() {
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

    public String datacenter() {
        return datacenter;
    }

    public CqlSession newSession() {
        return CqlSession.builder().addContactPoint(new InetSocketAddress(host, port)).withLocalDatacenter(datacenter)
                .build();
    }

    /** Whether this server is a child process the tests may stop and start (outage tests). */
    public boolean controllable() {
        return process != null;
    }

    private static CqlTestServer start() {
        String contactPoint = System.getenv("DORAN_CQL_CONTACT_POINT");
        if (contactPoint != null && !contactPoint.isBlank()) {
            String[] parts = contactPoint.strip().split(":");
            String dc = System.getenv().getOrDefault("DORAN_CQL_LOCAL_DC", "datacenter1");
            return new CqlTestServer(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 9042, dc, null, null);
        }
        if (dockerAvailable()) {
            GenericContainer<?> scylla = new GenericContainer<>("scylladb/scylla:6.2")
                    .withCommand("--smp", "1", "--memory", "750M", "--overprovisioned", "1", "--skip-wait-for-gossip-to-settle", "0")
                    .withExposedPorts(9042)
                    .waitingFor(org.testcontainers.containers.wait.strategy.Wait.forLogMessage(".*initialization completed.*", 1))
                    .withStartupTimeout(Duration.ofMinutes(3));
            scylla.start();
            return new CqlTestServer(scylla.getHost(), scylla.getMappedPort(9042), "datacenter1", null, null);
        }
        return startCassandra();
    }

    private static boolean dockerAvailable() {
        boolean configured = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static CqlTestServer startCassandra() {
        Path java = Path.of(System.getenv().getOrDefault("DORAN_CASSANDRA_JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"),
                "bin", "java");
        Path lib = Path.of(System.getProperty("doran.cassandra.lib", "../cassandra-test-server/target/cassandra-lib"));
        if (!Files.isExecutable(java) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("No CQL server for the ScyllaDB adapter's tests: set DORAN_CQL_CONTACT_POINT=host:port "
                    + "to use a running ScyllaDB or Cassandra, run Docker for Testcontainers, or install JDK 17 (" + java
                    + ", or DORAN_CASSANDRA_JAVA_HOME) and build the cassandra-test-server module (" + lib + ") with ./mvnw verify");
        }
        try {
            Path work = Files.createDirectories(Path.of(System.getProperty("doran.cassandra.work", "target/cassandra")))
                    .resolve("run-" + ProcessHandle.current().pid());
            Files.createDirectories(work);
            int nativePort = freePort();
            int storagePort = freePort();
            Path yaml = work.resolve("cassandra.yaml");
            Files.writeString(yaml, config(work, nativePort, storagePort));
            Process process = launch(java, lib, work, yaml);
            CqlTestServer server = new CqlTestServer("127.0.0.1", nativePort, "datacenter1", process, work);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopForGood));
            server.awaitReady(Duration.ofMinutes(3));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process launch(Path java, Path lib, Path work, Path yaml) throws IOException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xms768m", "-Xmx768m", "-XX:+UseG1GC",
                "-XX:ActiveProcessorCount=2", "-Dcassandra.config=" + yaml.toUri(), "-Dcassandra-foreground=yes",
                "-Dcassandra.storagedir=" + work, "-Dcassandra.skip_wait_for_gossip_to_settle=0",
                "-Dcassandra.ring_delay_ms=100", "-Dcassandra.superuser_setup_delay_ms=0", "-Dcassandra.initial_token=0",
                "-Dcassandra.jmx.local.port=" + freePort(), "-Dcassandra.logdir=" + work));
        for (String module : List.of("java.base/jdk.internal.misc", "java.base/jdk.internal.ref", "java.base/sun.nio.ch",
                "java.management.rmi/com.sun.jmx.remote.internal.rmi", "java.rmi/sun.rmi.registry",
                "java.rmi/sun.rmi.server", "java.sql/java.sql")) {
            command.add("--add-exports");
            command.add(module + "=ALL-UNNAMED");
        }
        for (String module : List.of("java.base/java.lang.module", "java.base/jdk.internal.loader",
                "java.base/jdk.internal.ref", "java.base/jdk.internal.reflect", "java.base/jdk.internal.math",
                "java.base/jdk.internal.module", "java.base/jdk.internal.util.jar", "jdk.management/com.sun.management.internal",
                "java.base/java.io", "java.base/java.nio", "java.base/sun.nio.ch", "java.base/java.lang",
                "java.base/java.util", "java.base/java.util.concurrent", "java.base/java.util.concurrent.atomic",
                "java.base/java.net")) {
            command.add("--add-opens");
            command.add(module + "=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", lib.toAbsolutePath() + "/*", "org.apache.cassandra.service.CassandraDaemon"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("cassandra.log").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private static String config(Path work, int nativePort, int storagePort) {
        return """
                cluster_name: doran-test
                num_tokens: 1
                partitioner: org.apache.cassandra.dht.Murmur3Partitioner
                data_file_directories: [%1$s/data]
                commitlog_directory: %1$s/commitlog
                saved_caches_directory: %1$s/saved_caches
                hints_directory: %1$s/hints
                cdc_raw_directory: %1$s/cdc
                commitlog_sync: periodic
                commitlog_sync_period: 10000ms
                seed_provider:
                  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
                    parameters:
                      - seeds: "127.0.0.1:%3$d"
                listen_address: 127.0.0.1
                rpc_address: 127.0.0.1
                storage_port: %3$d
                native_transport_port: %2$d
                endpoint_snitch: SimpleSnitch
                start_native_transport: true
                concurrent_reads: 4
                concurrent_writes: 4
                concurrent_counter_writes: 4
                auto_snapshot: false
                snapshot_before_compaction: false
                """.formatted(work, nativePort, storagePort);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Cassandra exited at startup; its log: " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                try (CqlSession session = newSession()) {
                    session.execute("SELECT release_version FROM system.local");
                    return;
                }
            } catch (IOException | RuntimeException notYet) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("Cassandra was not ready within " + timeout + "; its log: " + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("cassandra.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Freezes the server process (SIGSTOP): every request times out, as when a store is down. */
    public void pause() {
        signal("STOP");
    }

    /** Lets a paused server go on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException("only a CQL server started by the tests can be paused");
        }
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " failed with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stopForGood() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> springProperties(CqlTestServer server, String keyspace) {
        return Map.of("spring.cassandra.contact-points", server.host() + ":" + server.port(),
                "spring.cassandra.local-datacenter", server.datacenter(),
                "spring.cassandra.keyspace-name", keyspace);
    }
}
