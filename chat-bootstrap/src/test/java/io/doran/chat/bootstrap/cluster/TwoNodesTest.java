package io.doran.chat.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.redis.RedisNodeIds;
import io.doran.chat.adapters.redis.RedisPresence;
import io.doran.chat.adapters.redis.RedisTestServer;
import io.doran.chat.adapters.scylla.CqlTestServer;
import io.doran.chat.bootstrap.DoranChatApplicationAccess;
import io.doran.chat.bootstrap.rest.Api;
import io.doran.chat.bootstrap.socketio.SeedClients;
import io.doran.chat.bootstrap.ws.WsClientAccess;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two chat nodes on one Redis and one CQL database behave as one service (SPEC §7): fan-out across
 * nodes exactly once in one order (over /chat and Socket.IO alike), shared presence, revocation, rate limits and node ids, catch-up
 * after failover, and Redis outages answered with 503.
 */
class TwoNodesTest {

    static final String SECRET = "c2VjcmV0LWtleS1mb3ItY2x1c3Rlci10ZXN0cy0wMTIzNDU2Nzg5";
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static StringRedisTemplate redis;

    static ConfigurableApplicationContext start() {
        CqlTestServer cql = CqlTestServer.get();
        RedisTestServer redisServer = RedisTestServer.get();
        return DoranChatApplicationAccess.start("scylla,redis", "--server.port=0", "--chat.auth.jwt.secret=" + SECRET,
                "--spring.cassandra.contact-points=" + cql.host() + ":" + cql.port(),
                "--spring.cassandra.local-datacenter=" + cql.datacenter(), "--spring.cassandra.keyspace-name=doran_cluster",
                "--spring.data.redis.host=" + redisServer.host(), "--spring.data.redis.port=" + redisServer.port(),
                "--chat.limits.messages-per-minute=50", "--chat.limits.request-burst=1000");
    }

    @BeforeAll
    static void startNodes() {
        nodeA = start();
        nodeB = start();
        redis = RedisTestServer.get().template();
        redis.afterPropertiesSet();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null && nodeA.isActive()) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** A token of the auth server, live in the shared token store. */
    static String token(String user) {
        String jti = UUID.randomUUID().toString();
        redis.opsForValue().set("auth:token:" + jti, "1", Duration.ofHours(1));
        return Jwts.builder().subject(user).id(jti).expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
    }

    static String user(String name) {
        return name + "-" + System.nanoTime();
    }

    static String room(Api api, String token, String... others) {
        return api.post("/api/chatrooms").token(token).json(Map.of("name", "cluster", "participantIds", List.of(others)))
                .send().expect(201).text("roomId");
    }

    @Test
    void the_nodes_lease_different_node_ids() {
        assertThat(nodeA.getBean(RedisNodeIds.class).nodeId()).isNotEqualTo(nodeB.getBean(RedisNodeIds.class).nodeId());
    }

    @Test
    void socket_io_clients_on_two_nodes_see_every_message_once_in_the_same_id_order() throws Exception {
        SeedClients.install();
        String alice = user("alice");
        String bob = user("bob");
        String aliceToken = token(alice);
        Map<String, String> environment = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port(nodeA),
                "OTHER_BASE_URL", "http://localhost:" + port(nodeB), "ALICE_TOKEN", aliceToken, "BOB_TOKEN", token(bob),
                "ROOM_ID", room(new Api(port(nodeA)), aliceToken, bob)));

        assertThat(SeedClients.run("twoNodes", environment)).contains("seen by both sockets once each", "PASS twoNodes");
    }

    @Test
    void messages_sent_on_either_node_reach_every_member_on_both_exactly_once_in_id_order() throws Exception {
        String alice = user("alice");
        String bob = user("bob");
        String aliceToken = token(alice);
        String bobToken = token(bob);
        String room = room(new Api(port(nodeA)), aliceToken, bob);
        try (var a = WsClientAccess.withToken(port(nodeA), aliceToken); var b = WsClientAccess.withToken(port(nodeB), bobToken)) {
            WsClientAccess.join(a, room);
            assertThat(WsClientAccess.join(b, room).path("memberCount").asInt()).as("members across nodes").isEqualTo(2);
            assertThat(WsClientAccess.await(a, "user-joined").path("memberCount").asInt()).isEqualTo(2);

            try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> sends = new ArrayList<>();
                for (var client : List.of(a, b)) {
                    sends.add(senders.submit(() -> {
                        for (int i = 0; i < 20; i++) {
                            WsClientAccess.send(client, Map.of("type", "send-message", "roomId", room, "content", "m" + i));
                        }
                    }));
                }
                for (Future<?> send : sends) {
                    send.get();
                }
            }

            List<String> atA = WsClientAccess.awaitMessages(a, 40);
            List<String> atB = WsClientAccess.awaitMessages(b, 40);
            assertThat(atA).hasSize(40).doesNotHaveDuplicates();
            assertThat(atA.stream().map(Long::valueOf).toList()).as("id order").isSorted();
            assertThat(atB).containsExactlyElementsOf(atA);
        }
    }

    @Test
    void changes_made_on_one_node_reach_connections_on_the_other() {
        String alice = user("alice");
        String bob = user("bob");
        String aliceToken = token(alice);
        String room = room(new Api(port(nodeA)), aliceToken, bob);
        try (var b = WsClientAccess.withToken(port(nodeB), token(bob))) {
            WsClientAccess.join(b, room);

            new Api(port(nodeA)).patch("/api/chatrooms/" + room).token(aliceToken).json(Map.of("name", "renamed")).send()
                    .expect(200);

            assertThat(WsClientAccess.await(b, "room-updated").path("name").asString()).isEqualTo("renamed");
        }
    }

    @Test
    void presence_is_shared_and_a_dead_nodes_users_go_offline_by_themselves() {
        String alice = user("alice");
        String aliceToken = token(alice);
        try (var a = WsClientAccess.withToken(port(nodeA), aliceToken)) {
            JsonNode seenFromB = new Api(port(nodeB)).get("/api/users/" + alice + "/presence").token(token(user("x")))
                    .send().expect(200).body();
            assertThat(seenFromB.path("online").asBoolean()).isTrue();
        }

        String ghost = user("ghost");
        RedisPresence crashedNode = new RedisPresence(redis, Duration.ofMillis(500), Clock.systemUTC());
        crashedNode.connected(UserId.of(ghost), new ConnectionId("on-a-node-that-died"), Instant.now());
        Api b = new Api(port(nodeB));
        assertThat(b.get("/api/users/" + ghost + "/presence").token(token(user("x"))).send().expect(200).body()
                .path("online").asBoolean()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean online = true;
        while (online && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            online = b.get("/api/users/" + ghost + "/presence").token(token(user("x"))).send().expect(200).body()
                    .path("online").asBoolean();
        }
        assertThat(online).isFalse();
    }

    @Test
    void other_services_reach_users_and_rooms_through_the_external_channels() {
        String alice = user("alice");
        String bob = user("bob");
        String carol = user("carol");
        String aliceToken = token(alice);
        String room = room(new Api(port(nodeA)), aliceToken, bob, carol);
        try (var b = WsClientAccess.withToken(port(nodeB), token(bob)); var c = WsClientAccess.withToken(port(nodeA), token(carol))) {
            WsClientAccess.join(b, room);

            redis.convertAndSend("notifications", "{\"userId\":\"" + bob + "\",\"type\":\"mention\",\"message\":\"hi\"}");
            redis.convertAndSend("room-events", "{\"roomId\":\"" + room + "\",\"message\":\"maintenance at 10\"}");
            redis.convertAndSend("room-events", "{\"roomId\":\"" + room + "\",\"type\":\"removal\",\"userId\":\"" + carol + "\"}");
            redis.convertAndSend("user-events", "{\"userId\":\"" + carol + "\",\"status\":\"SUSPENDED\"}");

            assertThat(WsClientAccess.await(b, "notification").path("message").asString()).isEqualTo("hi");
            assertThat(WsClientAccess.await(b, "new-message").path("messageType").asString()).isEqualTo("system");
            assertThat(WsClientAccess.await(b, "participant-removed").path("userId").asString()).isEqualTo(carol);
            assertThat(WsClientAccess.awaitClose(c)).isEqualTo(4003);
            WsClientAccess.sync(b);
            assertThat(WsClientAccess.all(b, "notification")).isEmpty();
        }
    }

    @Test
    void a_logged_out_token_is_refused_on_every_node() {
        String alice = user("alice");
        String jti = UUID.randomUUID().toString();
        redis.opsForValue().set("auth:token:" + jti, "1", Duration.ofHours(1));
        String token = Jwts.builder().subject(alice).id(jti).expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET))).compact();
        new Api(port(nodeA)).get("/api/chatrooms").token(token).send().expect(200);

        redis.delete("auth:token:" + jti);

        new Api(port(nodeA)).get("/api/chatrooms").token(token).send().problem(401, "REVOKED_TOKEN");
        new Api(port(nodeB)).get("/api/chatrooms").token(token).send().problem(401, "REVOKED_TOKEN");
    }

    @Test
    void rate_limits_are_shared_between_nodes() {
        String alice = user("alice");
        String token = token(alice);
        Api a = new Api(port(nodeA));
        Api b = new Api(port(nodeB));
        String room = room(a, token, user("bob"));
        int allowed = 0;
        Api.Response last = null;
        for (int i = 0; i < 200 && (last == null || last.status() != 429); i++) {
            last = (i % 2 == 0 ? a : b).post("/api/chatrooms/" + room + "/messages").token(token)
                    .json(Map.of("content", "m" + i)).send();
            if (last.status() == 201) {
                allowed++;
            }
        }

        last.problem(429, "RATE_LIMITED");
        assertThat(allowed).as("one bucket of 50 for both nodes, plus what refilled meanwhile").isBetween(50, 60);
    }

    @Test
    void a_client_that_reconnects_to_the_other_node_gets_what_it_missed() {
        String alice = user("alice");
        String bob = user("bob");
        String aliceToken = token(alice);
        String bobToken = token(bob);
        String room = room(new Api(port(nodeA)), aliceToken, bob);
        String lastSeen;
        try (var b = WsClientAccess.withToken(port(nodeA), bobToken)) {
            WsClientAccess.join(b, room);
            WsClientAccess.send(b, Map.of("type", "send-message", "roomId", room, "content", "seen"));
            lastSeen = WsClientAccess.await(b, "new-message").path("messageId").asString();
        }
        for (int i = 0; i < 3; i++) {
            new Api(port(nodeA)).post("/api/chatrooms/" + room + "/messages").token(aliceToken)
                    .json(Map.of("content", "missed " + i)).send().expect(201);
        }

        try (var b = WsClientAccess.withToken(port(nodeB), bobToken)) {
            WsClientAccess.send(b, Map.of("type", "join-room", "roomId", room, "lastMessageId", lastSeen));
            JsonNode joined = WsClientAccess.await(b, "room-joined");

            assertThat(joined.path("missed").size()).isEqualTo(3);
            assertThat(joined.path("missed").get(2).path("content").asString()).isEqualTo("missed 2");
        }
    }

    @Test
    void redis_unavailable_fails_fast_with_503_and_service_resumes_by_itself() {
        RedisTestServer server = RedisTestServer.get();
        org.junit.jupiter.api.Assumptions.assumeTrue(server.controllable(),
                "the outage test needs the redis-server the tests started themselves (not DORAN_REDIS_URL)");
        String alice = user("alice");
        String token = token(alice);
        Api a = new Api(port(nodeA));
        String room = room(a, token, user("bob"));

        server.pause();
        try {
            a.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "during")).send()
                    .problem(503, "UNAVAILABLE");
        } finally {
            server.resume();
        }

        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 201; attempt++) {
            status = a.post("/api/chatrooms/" + room + "/messages").token(token).json(Map.of("content", "after")).send()
                    .status();
        }
        assertThat(status).isEqualTo(201);
        List<String> contents = new ArrayList<>();
        a.get("/api/chatrooms/" + room + "/messages").token(token).send().expect(200).body().path("messages")
                .forEach(m -> contents.add(m.path("content").asString()));
        assertThat(contents).contains("after").doesNotContain("during");
    }
}
