package io.doran.chat.bootstrap.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the seeds' Socket.IO client code ({@code src/test/socketio/scenarios.mjs}) with the real socket.io-client
 * 4.8, installed with {@code npm ci} into {@code target/socketio-seed-clients}. Node.js 18+ and npm are required:
 * without them the tests fail and say what to install, they never skip.
 */
public final class SeedClients {

    private static final Path SOURCES = Path.of("src/test/socketio");
    private static final Path INSTALL = Path.of("target/socketio-seed-clients");

    private SeedClients() {
    }

    /** Installs socket.io-client once per build (again when the lock file changed). */
    public static synchronized void install() throws IOException, InterruptedException {
        for (String tool : List.of("node", "npm")) {
            try {
                Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0).as("%s works", tool).isTrue();
            } catch (IOException e) {
                throw new AssertionError("Node.js 18+ with npm is required by the Socket.IO client tests: install them "
                        + "(Debian: apt-get install -y nodejs npm)", e);
            }
        }
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

    /** A scenario under way. */
    public record Run(Process process) {

        /** Waits for the scenario's end and checks it passed; its output is the failure's message otherwise. */
        public String passes() throws IOException, InterruptedException {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the scenario ended:%n%s", output).isTrue();
            assertThat(process.exitValue()).as("the scenario:%n%s", output).isZero();
            return output;
        }
    }

    /** Starts {@code scenario} with {@code environment} (BASE_URL, tokens, rooms, ...). */
    public static Run start(String scenario, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node", "scenarios.mjs", scenario).directory(INSTALL.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new Run(builder.start());
    }

    /** Runs {@code scenario} to its end and checks it passed. */
    public static String run(String scenario, Map<String, String> environment) throws IOException, InterruptedException {
        return start(scenario, environment).passes();
    }
}
