package io.doran.chat.bootstrap.scylla;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.scylla.CqlTestServer;
import io.doran.chat.bootstrap.DoranChatApplicationAccess;
import io.doran.chat.bootstrap.rest.Api;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Data survives a restart (a second application reads what the first wrote), and a store outage fails
 * requests fast with 503 {@code UNAVAILABLE}, writes nothing half, and heals by itself (SPEC §7).
 */
class ScyllaRestartAndOutageTest {

    static final String SECRET = "c2VjcmV0LWtleS1mb3Itc2N5bGxhLXRlc3RzLTAxMjM0NTY3ODk=";

    static ConfigurableApplicationContext start() {
        CqlTestServer server = CqlTestServer.get();
        return DoranChatApplicationAccess.start("scylla",
                "--server.port=0", "--chat.auth.jwt.secret=" + SECRET,
                "--spring.cassandra.contact-points=" + server.host() + ":" + server.port(),
                "--spring.cassandra.local-datacenter=" + server.datacenter(),
                "--spring.cassandra.keyspace-name=" + ScyllaProfile.KEYSPACE);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static String token(String user) {
        return Jwts.builder().subject(user).expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
    }

    @Test
    void what_one_application_wrote_the_next_one_reads() {
        String alice = token("restart-alice-" + System.nanoTime());
        String room;
        List<String> sent = new ArrayList<>();
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first));
            room = api.post("/api/chatrooms").token(alice).json(Map.of("name", "durable", "participantIds", List.of("bob")))
                    .send().expect(201).text("roomId");
            for (int i = 0; i < 5; i++) {
                sent.add(api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "m" + i))
                        .send().expect(201).text("messageId"));
            }
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = new Api(port(second));
            JsonNode history = api.get("/api/chatrooms/" + room + "/messages").token(alice).send().expect(200).body();
            List<String> read = new ArrayList<>();
            history.path("messages").forEach(m -> read.add(m.path("messageId").asString()));

            assertThat(read).containsExactlyElementsOf(sent.reversed());
            assertThat(api.get("/api/chatrooms").token(alice).send().expect(200).body().size()).isEqualTo(1);
        }
    }

    @Test
    void a_store_outage_fails_fast_with_503_and_service_resumes_by_itself() {
        CqlTestServer server = CqlTestServer.get();
        Assumptions.assumeTrue(server.controllable(),
                "the outage test needs the CQL server the tests started themselves (not DORAN_CQL_CONTACT_POINT)");
        String alice = token("outage-alice-" + System.nanoTime());
        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            String room = api.post("/api/chatrooms").token(alice).json(Map.of("name", "outage", "participantIds", List.of("bob")))
                    .send().expect(201).text("roomId");
            String before = api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "before"))
                    .send().expect(201).text("messageId");

            server.pause();
            try {
                api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "during"))
                        .send().problem(503, "UNAVAILABLE");
                api.get("/api/chatrooms/" + room + "/messages?before=" + before).token(alice).send().problem(503, "UNAVAILABLE");
            } finally {
                server.resume();
            }

            String after = null;
            for (int attempt = 0; attempt < 60 && after == null; attempt++) {
                Api.Response response = api.post("/api/chatrooms/" + room + "/messages").token(alice)
                        .json(Map.of("content", "after")).send();
                if (response.status() == 201) {
                    after = response.text("messageId");
                } else {
                    response.problem(503, "UNAVAILABLE");
                }
            }
            assertThat(after).as("the service resumed by itself").isNotNull();
            JsonNode history = api.get("/api/chatrooms/" + room + "/messages").token(alice).send().expect(200).body();
            List<String> contents = new ArrayList<>();
            history.path("messages").forEach(m -> contents.add(m.path("content").asString()));
            assertThat(contents).doesNotContain("during").contains("before", "after");
        }
    }
}
