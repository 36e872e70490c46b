package io.doran.chat.bootstrap.hostile;

import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.bootstrap.rest.Api;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server the hostile-input suite attacks, started once per store set and shared by every surface's
 * cases: tokens signed with a known key (so a case can forge any {@code sub}), the internal API's service
 * token, gateway-trusted mode on, and limits out of the way unless a case is about them. Users carry this
 * run's suffix: the production stores outlive a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.auth.jwt.secret=" + HostileServer.SECRET,
        "chat.internal.service-token=" + HostileServer.SERVICE_TOKEN,
        "chat.auth.gateway.enabled=true", "chat.auth.gateway.secret=" + HostileServer.GATEWAY_SECRET,
        "chat.limits.messages-per-minute=100000", "chat.limits.request-burst=100000",
        "chat.limits.requests-per-second=100000"})
abstract class HostileServer {

    static final String SECRET = "aG9zdGlsZS1pbnB1dC1zdWl0ZS1rZXktMDEyMzQ1Njc4OWFiY2RlZg==";
    static final SecretKey KEY = Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET));
    static final String SERVICE_TOKEN = "hostile-service-token";
    static final String GATEWAY_SECRET = "hostile-gateway-secret";
    static final int MAX_BODY = 64 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TokenStore tokenStore;

    Api api;
    final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** A user id of this run. */
    String user(String name) {
        return name + "-" + run;
    }

    /** A live token for exactly {@code subject}, as the auth server would sign it (padded, odd: as given). */
    String token(String subject) {
        String jti = UUID.randomUUID().toString();
        tokenStore.store(jti, Duration.ofHours(1));
        return Jwts.builder().subject(subject).id(jti).expiration(Date.from(Instant.now().plusSeconds(3600)))
                .signWith(KEY).compact();
    }

    RawHttp raw() {
        return new RawHttp(port);
    }

    /** A room of {@code creator} and {@code others} (three or more make the creator admin); its id. */
    String room(String creatorToken, String... others) {
        return api.post("/api/chatrooms").token(creatorToken)
                .json(Map.of("name", "hostile", "participantIds", List.of(others))).send().expect(201).text("roomId");
    }

    /** The contents of a room's history, newest first. */
    List<String> contents(String token, String room) {
        List<String> contents = new java.util.ArrayList<>();
        api.get("/api/chatrooms/" + room + "/messages?limit=100").token(token).send().expect(200).body()
                .path("messages").forEach(message -> contents.add(message.path("content").asString()));
        return contents;
    }
}
