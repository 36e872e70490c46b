package io.doran.chat.adapters.ws.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs the scenarios of {@code src/test/node/scenarios.mjs} with the real socket.io-client, installed with
 * {@code npm ci} into {@code target/socketio-client}. Node.js and npm are required: without them the
 * tests fail, they do not skip.
 */
final class NodeClient implements AutoCloseable {

    private static final Path SOURCES = Path.of("src/test/node");
    private static final Path INSTALL = Path.of("target/socketio-client");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private NodeClient(Process process) {
        this.process = process;
        this.reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output lost: " + e + ")");
            }
        });
    }

    /** Installs socket.io-client once per build (again when the lock file changed). */
    static synchronized void install() throws Exception {
        require("node", "--version");
        require("npm", "--version");
        Files.createDirectories(INSTALL);
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json", "scenarios.mjs")) {
            Path target = INSTALL.resolve(file);
            if (!Files.exists(target) || Files.mismatch(SOURCES.resolve(file), target) != -1) {
                Files.copy(SOURCES.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                changed |= !file.endsWith(".mjs");
            }
        }
        if (changed || !Files.isDirectory(INSTALL.resolve("node_modules/socket.io-client"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(INSTALL.toFile()).redirectErrorStream(true).start();
            String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci finished").isTrue();
            assertThat(npm.exitValue()).as("npm ci in %s:%n%s", INSTALL, log).isZero();
        }
    }

    private static void require(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0)
                    .as("%s works", command[0]).isTrue();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is required by the Socket.IO client tests (Node.js 18+ with npm)", e);
        }
    }

    static NodeClient start(String url, String scenario) throws IOException {
        return new NodeClient(new ProcessBuilder("node", "scenarios.mjs", url, scenario)
                .directory(INSTALL.toFile()).redirectErrorStream(true).start());
    }

    /** Runs a scenario to its end and checks it passed. */
    static void run(String url, String scenario) throws Exception {
        try (NodeClient client = start(url, scenario)) {
            client.assertPassed();
        }
    }

    /** Waits for a line of the scenario's output. */
    String awaitLine(Predicate<String> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            assertThat(process.isAlive() || reader.isAlive()).as("scenario still running; output:%n%s", output()).isTrue();
            sleepBriefly();
        }
        throw new AssertionError("no such line within 60 s; output:\n" + output());
    }

    void tell(String line) throws IOException {
        OutputStream input = process.getOutputStream();
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }

    void assertPassed() throws InterruptedException {
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("scenario finished; output:%n%s", output()).isTrue();
        reader.join(10_000);
        assertThat(process.exitValue()).as("scenario exit code; output:%n%s", output()).isZero();
        assertThat(output).as("scenario output").contains("PASS");
    }

    private String output() {
        return String.join("\n", output);
    }

    static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
