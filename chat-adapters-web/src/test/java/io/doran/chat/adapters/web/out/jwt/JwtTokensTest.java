package io.doran.chat.adapters.web.out.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.out.IssuedToken;
import io.doran.chat.application.port.out.VerifiedToken;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;
import io.jsonwebtoken.Jwts;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JwtTokensTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String SECRET = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void minted_tokens_verify_with_their_claims() {
        JwtTokens tokens = JwtTokens.withSecret(SECRET, CLOCK);

        IssuedToken issued = tokens.issue(UserId.of("alice"), "앨리스", Duration.ofHours(1));
        VerifiedToken verified = tokens.verify(issued.token());

        assertThat(verified.userId()).isEqualTo(UserId.of("alice"));
        assertThat(verified.nickname()).contains("앨리스");
        assertThat(verified.jti()).contains(issued.jti());
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void expired_tokens_are_expired_after_the_allowed_skew() {
        JwtTokens minter = JwtTokens.withSecret(SECRET, Clock.fixed(NOW.minus(Duration.ofHours(2)), ZoneOffset.UTC));
        String token = minter.issue(UserId.of("alice"), "a", Duration.ofHours(1)).token();

        refused(ErrorCode.EXPIRED_TOKEN, () -> JwtTokens.withSecret(SECRET, CLOCK).verify(token));
    }

    @Test
    void es256_tokens_verify_with_the_public_key_and_others_do_not() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        JwtTokens tokens = JwtTokens.withPublicKey(pem, CLOCK);
        String good = Jwts.builder().subject("bob").claim("name", "Bob").expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(pair.getPrivate()).compact();
        String hmac = JwtTokens.withSecret(SECRET, CLOCK).issue(UserId.of("bob"), "b", Duration.ofMinutes(1)).token();

        assertThat(tokens.verify(good).nickname()).contains("Bob");
        refused(ErrorCode.INVALID_TOKEN, () -> tokens.verify(hmac));
        assertThatThrownBy(() -> tokens.issue(UserId.of("bob"), "b", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tokens_without_subject_or_expiry_are_invalid() {
        JwtTokens tokens = JwtTokens.withSecret(SECRET, CLOCK);
        var key = io.jsonwebtoken.security.Keys.hmacShaKeyFor(Base64.getDecoder().decode(SECRET));

        refused(ErrorCode.INVALID_TOKEN, () -> tokens.verify(Jwts.builder().subject("x").signWith(key).compact()));
        refused(ErrorCode.INVALID_TOKEN, () -> tokens.verify(Jwts.builder()
                .expiration(Date.from(NOW.plusSeconds(60))).signWith(key).compact()));
        refused(ErrorCode.INVALID_TOKEN, () -> tokens.verify("garbage"));
        refused(ErrorCode.INVALID_TOKEN, () -> tokens.verify(""));
    }

    @Test
    void weak_or_malformed_keys_are_refused_at_startup() {
        assertThatThrownBy(() -> JwtTokens.withSecret(Base64.getEncoder().encodeToString("short".getBytes()), CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtTokens.withPublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
