package io.doran.chat.adapters.ws.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.socketio.HostileInputTest.Frames;
import io.doran.chat.adapters.ws.socketio.engine.EngineSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long-polling's ordering guarantees, checked packet by packet with a plain HTTP client. */
class PollingTransportTest {

    static TestServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        EngineSettings settings = new EngineSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), 100_000, 64, List.of("*"));
        server = TestServer.start(settings, Duration.ofSeconds(30), Map.of("/", new EndToEndHandler()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    String get(String sid) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(sid)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    String post(String sid, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(sid)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    URI uri(String sid) {
        return URI.create(server.url() + "/socket.io/?EIO=4&transport=polling" + (sid == null ? "" : "&sid=" + sid));
    }

    /** A session joined to {@code /}, nothing waiting for it. */
    String connected() throws Exception {
        String sid = get(null).replaceFirst("^200 0\\{\"sid\":\"([^\"]+)\".*$", "$1");
        post(sid, "40");
        assertThat(get(sid)).startsWith("200 40{\"sid\":");
        return sid;
    }

    @Test
    void a_server_disconnect_reaches_the_client_in_one_poll_and_the_close_packet_in_the_next() throws Exception {
        String sid = connected();

        assertThat(post(sid, "42[\"kick\"]")).isEqualTo("ok");

        assertThat(get(sid)).isEqualTo("200 41");
        assertThat(get(sid)).isEqualTo("200 1");
        assertThat(get(sid)).isEqualTo("400 {\"code\":1,\"message\":\"Session ID unknown\"}");
    }

    @Test
    void packets_buffered_for_polling_during_an_upgrade_follow_over_the_websocket() throws Exception {
        String sid = connected();
        Frames frames = new Frames();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(
                URI.create(server.url().replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket&sid=" + sid), frames).join();

        socket.sendText("2probe", true).join();
        assertThat(frames.next()).isEqualTo("3probe");
        assertThat(post(sid, "42[\"echo\",\"during the upgrade\"]")).isEqualTo("ok");
        socket.sendText("5", true).join();

        assertThat(frames.next()).isEqualTo("42[\"echo\",\"during the upgrade\"]");
        assertThat(get(sid)).startsWith("400 ");
        socket.sendText("421[\"echo\",\"after\"]", true).join();
        assertThat(frames.next()).isEqualTo("431[\"after\"]");
    }
}
