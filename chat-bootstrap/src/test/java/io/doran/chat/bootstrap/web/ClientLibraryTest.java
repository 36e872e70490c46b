package io.doran.chat.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the JavaScript client library's own tests ({@code src/test/js}, Node's test runner) against this started
 * server, so {@code ./mvnw verify} runs them: their npm test dependency is installed with {@code npm ci} into
 * target/js-test, and the tests load {@code /js/doran-client.js} as the server serves it. Without Node.js 18+ and
 * npm the test fails and says what to install.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "chat.rooms.missed-limit=5")
class ClientLibraryTest {

    private static final Path SOURCES = Path.of("src", "test", "js");
    private static final Path WORK = Path.of("target", "js-test");

    @LocalServerPort
    int port;

    @Test
    void the_client_library_passes_its_node_tests_against_the_started_server() throws Exception {
        requireNode();
        copyTests();
        run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), "npm-ci.log");
        List<String> tests;
        try (Stream<Path> files = Files.list(SOURCES)) {
            tests = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".test.js")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of("node", "--test"));
        command.addAll(tests);
        run(command, Map.of("DORAN_URL", "http://localhost:" + port, "DORAN_MISSED_LIMIT", "5"), "node-test.log");
    }

    private static void requireNode() throws Exception {
        String version;
        try {
            version = output(List.of("node", "--version")).strip();
            output(List.of("npm", "--version"));
        } catch (IOException e) {
            throw new IllegalStateException("The client library's tests need Node.js 18 or newer and npm: "
                    + "apt-get install -y nodejs npm", e);
        }
        int major = Integer.parseInt(version.replaceFirst("^v(\\d+).*", "$1"));
        assertThat(major).as("Node.js version %s: the client library's tests need Node.js 18 or newer", version)
                .isGreaterThanOrEqualTo(18);
    }

    private static void copyTests() throws IOException {
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Runs command in target/js-test; its output goes to log there and into the failure message. */
    private static void run(List<String> command, Map<String, String> environment, String log) throws Exception {
        Path output = WORK.resolve(log);
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(finished && process.exitValue() == 0)
                .as("%s failed (%s):%n%s", String.join(" ", command), output.toAbsolutePath(), text)
                .isTrue();
    }

    private static String output(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + text);
        }
        return text;
    }
}
