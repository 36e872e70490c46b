package io.doran.chat.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over Socket.IO (issue 15), on the embedded default; {@code ProductionHostileSocketIoTest} runs it
 * on {@code scylla,redis}. Spoken by hand over Engine.IO long-polling: the request that opens the session
 * carries the credentials, a CONNECT packet ({@code 40}) asks for the namespace, and the next poll has the answer.
 */
class HostileSocketIoTest extends HostileServer {

    final HttpClient http = HttpClient.newHttpClient();

    /** Opens a session with {@code headers} on the request, sends {@code connect}, and returns the answer packet. */
    String connect(String query, String connect, String... headers) throws Exception {
        HttpRequest.Builder open = HttpRequest.newBuilder(uri("EIO=4&transport=polling" + query));
        for (int i = 0; i < headers.length; i += 2) {
            open.header(headers[i], headers[i + 1]);
        }
        String opened = http.send(open.build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(opened).startsWith("0{\"sid\":");
        String sid = opened.replaceFirst("^0\\{\"sid\":\"([^\"]+)\".*$", "$1");
        http.send(HttpRequest.newBuilder(uri("EIO=4&transport=polling&sid=" + sid))
                .POST(HttpRequest.BodyPublishers.ofString(connect)).build(), HttpResponse.BodyHandlers.ofString());
        return http.send(HttpRequest.newBuilder(uri("EIO=4&transport=polling&sid=" + sid)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    URI uri(String query) {
        return URI.create("http://localhost:" + port + "/socket.io/?" + query);
    }

    @Test
    void credentials_of_two_users_are_refused_as_over_rest_and_chat() throws Exception {
        String alice = token(user("alice"));
        String bob = token(user("bob"));

        assertThat(connect("", "40", "Authorization", "Bearer " + alice, "Cookie", "jwt_token=" + bob))
                .startsWith("44").contains("AMBIGUOUS_CREDENTIALS");
        assertThat(connect("", "40{\"token\":\"" + alice + "\"}", "Cookie", "jwt_token=" + bob))
                .startsWith("44").contains("AMBIGUOUS_CREDENTIALS");
        assertThat(connect("&token=" + bob, "40", "Authorization", "Bearer " + alice))
                .startsWith("44").contains("AMBIGUOUS_CREDENTIALS");
        assertThat(connect("", "40{\"token\":\"" + alice + "\"}", "Authorization", "Bearer forged.token.here"))
                .startsWith("44").contains("INVALID_TOKEN");
    }

    @Test
    void tokens_of_one_user_wherever_they_are_connect_as_that_user() throws Exception {
        String alice = user("alice");

        assertThat(connect("", "40{\"token\":\"" + token(alice) + "\"}", "Cookie", "jwt_token=" + token(alice)))
                .startsWith("40{\"sid\":");
        assertThat(connect("", "40", "Authorization", "Bearer " + token(alice), "Cookie", "jwt_token="))
                .startsWith("40{\"sid\":");
    }
}
