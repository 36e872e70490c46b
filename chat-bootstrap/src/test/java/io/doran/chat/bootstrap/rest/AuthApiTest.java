package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.TokenStore;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Authentication over HTTP (SPEC §2): bearer and cookie, expiry, revocation, gateway-trusted mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.auth.jwt.secret=" + AuthApiTest.SECRET,
        "chat.auth.gateway.enabled=true", "chat.auth.gateway.secret=gw-secret"})
class AuthApiTest {

    static final String SECRET = "c2VjcmV0LWtleS1mb3ItdGVzdHMtMDEyMzQ1Njc4OWFiY2RlZg==";
    static final SecretKey KEY = Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET));

    @LocalServerPort
    int port;

    @Autowired
    TokenStore tokenStore;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static String token(String user, String jti, Instant expiresAt, SecretKey key) {
        return Jwts.builder().subject(user).id(jti).claim("name", user.toUpperCase()).expiration(Date.from(expiresAt))
                .signWith(key).compact();
    }

    String liveToken(String user) {
        String jti = UUID.randomUUID().toString();
        tokenStore.store(jti, Duration.ofHours(1));
        return token(user, jti, Instant.now().plusSeconds(3600), KEY);
    }

    @Test
    void a_token_of_the_auth_server_that_the_token_store_holds_is_accepted_by_bearer_or_cookie() {
        String token = liveToken("mina");

        api.get("/api/chatrooms").token(token).send().expect(200);
        api.get("/api/chatrooms").header("Cookie", "jwt_token=" + token).send().expect(200);
    }

    @Test
    void a_logged_out_token_is_refused_before_it_expires() {
        String jti = UUID.randomUUID().toString();
        tokenStore.store(jti, Duration.ofHours(1));
        String token = token("mina", jti, Instant.now().plusSeconds(3600), KEY);
        api.get("/api/chatrooms").token(token).send().expect(200);

        tokenStore.revoke(jti);

        api.get("/api/chatrooms").token(token).send().problem(401, "REVOKED_TOKEN");
    }

    @Test
    void expired_forged_and_malformed_tokens_are_refused() {
        String jti = UUID.randomUUID().toString();
        tokenStore.store(jti, Duration.ofHours(1));
        SecretKey otherKey = Jwts.SIG.HS256.key().build();

        api.get("/api/chatrooms").token(token("mina", jti, Instant.now().minusSeconds(120), KEY)).send()
                .problem(401, "EXPIRED_TOKEN");
        api.get("/api/chatrooms").token(token("mina", jti, Instant.now().plusSeconds(3600), otherKey)).send()
                .problem(401, "INVALID_TOKEN");
        api.get("/api/chatrooms").token("not.a.jwt").send().problem(401, "INVALID_TOKEN");
        api.get("/api/chatrooms").header("Authorization", "Basic YWxpY2U6c2VjcmV0").send().problem(401, "INVALID_TOKEN");
        Api.Response anonymous = api.get("/api/chatrooms").send().problem(401, "UNAUTHORIZED");
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    /** A body naming the acting user (seed 000's {@code userId}) must name the caller; other fields are ignored. */
    @Test
    void identity_comes_from_the_token_never_from_the_body() {
        String token = liveToken("mina");
        String room = api.post("/api/chatrooms").token(token)
                .json(Map.of("name", "r", "participantIds", List.of("joon"), "userId", "impostor", "createdBy", "impostor"))
                .send().expect(201).text("roomId");

        api.post("/api/chatrooms/" + room + "/messages").token(token)
                .json(Map.of("content", "hi", "userId", "impostor")).send().problem(403, "FORBIDDEN");
        Api.Response message = api.post("/api/chatrooms/" + room + "/messages").token(token)
                .json(Map.of("content", "hi", "userId", "mina")).send().expect(201);

        assertThat(message.text("userId")).isEqualTo("mina");
        assertThat(api.get("/api/chatrooms/" + room).token(token).send().expect(200).text("createdBy")).isEqualTo("mina");
    }

    @Test
    void the_gateway_vouches_for_users_only_with_its_secret() {
        Api.Response trusted = api.get("/api/chatrooms").header("X-User-Id", "gw-user").header("X-User-Nickname", "Gate")
                .header("X-Gateway-Secret", "gw-secret").send().expect(200);
        String room = api.post("/api/chatrooms").header("X-User-Id", "gw-user").header("X-Gateway-Secret", "gw-secret")
                .header("X-User-Nickname", "Gate").json(Map.of("name", "gw")).send().expect(201).text("roomId");

        api.get("/api/chatrooms").header("X-User-Id", "gw-user").send().problem(401, "UNAUTHORIZED");
        api.get("/api/chatrooms").header("X-User-Id", "gw-user").header("X-Gateway-Secret", "wrong").send()
                .problem(401, "UNAUTHORIZED");
        api.get("/api/chatrooms?user_id=gw-user").send().problem(401, "UNAUTHORIZED");
        assertThat(trusted.body().isArray()).isTrue();
        assertThat(api.get("/api/chatrooms/" + room).header("X-User-Id", "gw-user").header("X-Gateway-Secret", "gw-secret")
                .send().expect(200).body().path("participants").get(0).path("displayName").asString()).isEqualTo("Gate");
    }

    @Test
    void dev_tokens_work_with_the_configured_secret_too() {
        String dev = api.devToken("newcomer", "New");

        api.get("/api/chatrooms").token(dev).send().expect(200);
    }
}
