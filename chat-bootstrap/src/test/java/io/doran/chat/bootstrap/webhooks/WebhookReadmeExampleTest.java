package io.doran.chat.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.doran.chat.bootstrap.DoranChatApplicationAccess;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.contract.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The receiver of the README's "Webhooks" section, run as written with Python against the started server: it takes
 * the server's signed events and refuses a forged one. The file in docs/examples is the same code.
 */
class WebhookReadmeExampleTest {

    private static final Pattern BLOCK = Pattern.compile("```python\\n(import hashlib.*?)```", Pattern.DOTALL);

    static String readmeReceiver() throws IOException {
        Matcher block = BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
        assertThat(block.find()).as("the README's receiver").isTrue();
        return block.group(1);
    }

    @Test
    void the_example_file_is_the_readme_block() throws IOException {
        assertThat(Files.readString(Path.of("..", "docs", "examples", "webhook_receiver.py"))).endsWith(readmeReceiver());
        assertThat(readmeReceiver().strip().lines()).as("about ten lines").hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void the_readme_receiver_takes_signed_events_and_refuses_forged_ones() throws Exception {
        assumeTrue(python(), "python3 is installed");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path script = Files.createTempFile("webhook_receiver", ".py");
        Files.writeString(script, readmeReceiver());
        ProcessBuilder builder = new ProcessBuilder("python3", script.toString()).redirectErrorStream(false);
        builder.environment().put("DORAN_WEBHOOK_SECRET", "readme-secret");
        builder.environment().put("PORT", Integer.toString(port));
        Process receiver = builder.start();
        List<String> printed = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(receiver.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(printed::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        ConfigurableApplicationContext server = null;
        try {
            HttpClient http = HttpClient.newHttpClient();
            Await.until(Duration.ofSeconds(10), () -> forged(http, port) == 401);
            server = DoranChatApplicationAccess.start("default", "--server.port=0",
                    "--chat.webhooks[0].url=http://127.0.0.1:" + port + "/",
                    "--chat.webhooks[0].secret=readme-secret", "--chat.webhooks[0].events=message.created",
                    "--chat.webhook-delivery.poll-every=20ms");
            Api api = new Api(((WebServerApplicationContext) server).getWebServer().getPort());
            String alice = api.devToken("alice", null);
            String room = api.post("/api/chatrooms").token(alice).json(Map.of("name", "readme", "participantIds",
                    List.of("bob"))).send().expect(201).text("roomId");
            api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "from the README"))
                    .send().expect(201);

            Await.until(Duration.ofSeconds(10), () -> printed.stream().anyMatch(line -> line.contains("from the README")));
            assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("message.created ")
                    .contains("\"offlineRecipients\": [\"bob\"]"));
            assertThat(forged(http, port)).isEqualTo(401);
        } finally {
            if (server != null) {
                server.close();
            }
            receiver.destroy();
            receiver.waitFor();
            Files.deleteIfExists(script);
        }
    }

    private static int forged(HttpClient http, int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("X-Doran-Timestamp", "1").header("X-Doran-Signature", "sha256=00")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"x\",\"data\":{}}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
