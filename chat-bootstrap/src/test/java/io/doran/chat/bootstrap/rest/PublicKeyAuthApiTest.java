package io.doran.chat.bootstrap.rest;

import io.jsonwebtoken.Jwts;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * RS256 tokens verified with the auth server's public key; dev tokens off, so {@code /api/dev/token}
 * does not exist, and without Redis or dev tokens the token store check is off by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "chat.auth.dev-tokens=false")
class PublicKeyAuthApiTest {

    static final KeyPair RSA = keyPair();

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(RSA.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        registry.add("chat.auth.jwt.public-key", () -> pem);
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void rs256_tokens_signed_by_the_auth_server_are_accepted() {
        String token = Jwts.builder().subject("rsa-user").expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(RSA.getPrivate()).compact();

        api.get("/api/chatrooms").token(token).send().expect(200);
    }

    @Test
    void tokens_signed_otherwise_are_refused() {
        String hmac = Jwts.builder().subject("rsa-user").expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(Jwts.SIG.HS256.key().build()).compact();
        String otherRsa = Jwts.builder().subject("rsa-user").expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(keyPair().getPrivate()).compact();

        api.get("/api/chatrooms").token(hmac).send().problem(401, "INVALID_TOKEN");
        api.get("/api/chatrooms").token(otherRsa).send().problem(401, "INVALID_TOKEN");
    }

    @Test
    void the_dev_token_endpoint_does_not_exist_when_dev_tokens_are_off() {
        api.post("/api/dev/token").json(Map.of("userId", "x")).send().problem(404, "ENDPOINT_NOT_FOUND");
    }
}
