package io.doran.chat.adapters.web.out.jwt;

import io.doran.chat.application.port.out.IssuedToken;
import io.doran.chat.application.port.out.TokenIssuer;
import io.doran.chat.application.port.out.TokenVerifier;
import io.doran.chat.application.port.out.VerifiedToken;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * JWTs with jjwt (SPEC §2; 000, 002, 003, 004): HS256 with a shared base64 secret, or RS256/ES256
 * with a PEM public key. Signature and expiry are checked locally; a token without subject or expiry
 * is invalid. Claims: {@code sub} user id, {@code name}/{@code nickname}, {@code email},
 * {@code picture}, {@code exp}, {@code jti}. Tokens are minted only with a secret (dev tokens).
 */
public final class JwtTokens implements TokenVerifier, TokenIssuer {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final JwtParser parser;
    private final SecretKey signingKey;
    private final Clock clock;

    private JwtTokens(Key verificationKey, SecretKey signingKey, Clock clock) {
        this.clock = clock;
        this.signingKey = signingKey;
        var builder = Jwts.parser().clock(() -> Date.from(clock.instant())).clockSkewSeconds(CLOCK_SKEW.toSeconds());
        this.parser = (verificationKey instanceof SecretKey secret ? builder.verifyWith(secret)
                : builder.verifyWith((PublicKey) verificationKey)).build();
    }

    /** Verifies and mints HS256 tokens with the base64 {@code secret} (at least 256 bits). */
    public static JwtTokens withSecret(String base64Secret, Clock clock) {
        SecretKey key;
        try {
            key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(base64Secret.strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("chat.auth.jwt.secret must be a base64 key of at least 256 bits", e);
        }
        return new JwtTokens(key, key, clock);
    }

    /** Verifies RS256/ES256 tokens with a PEM ({@code -----BEGIN PUBLIC KEY-----}) key; mints none. */
    public static JwtTokens withPublicKey(String pem, Clock clock) {
        return new JwtTokens(publicKey(pem), null, clock);
    }

    /** A random HS256 secret: dev tokens valid on this process only (the embedded default without a secret). */
    public static JwtTokens withRandomSecret(Clock clock) {
        SecretKey key = Jwts.SIG.HS256.key().build();
        return new JwtTokens(key, key, clock);
    }

    @Override
    public VerifiedToken verify(String rawToken) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(rawToken).getPayload();
        } catch (ExpiredJwtException e) {
            throw new ChatException(ErrorCode.EXPIRED_TOKEN);
        } catch (JwtException | IllegalArgumentException e) {
            throw new ChatException(ErrorCode.INVALID_TOKEN);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank() || claims.getExpiration() == null) {
            throw new ChatException(ErrorCode.INVALID_TOKEN);
        }
        UserId user;
        try {
            user = UserId.of(claims.getSubject());
        } catch (ChatException e) {
            throw new ChatException(ErrorCode.INVALID_TOKEN);
        }
        Optional<String> nickname = text(claims, "nickname").or(() -> text(claims, "name"));
        return new VerifiedToken(user, nickname, text(claims, "email"), text(claims, "picture"),
                Optional.ofNullable(claims.getId()), claims.getExpiration().toInstant());
    }

    @Override
    public IssuedToken issue(UserId user, String nickname, Duration ttl) {
        if (signingKey == null) {
            throw new IllegalStateException("tokens can only be minted with a shared secret");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        String jti = UUID.randomUUID().toString();
        String token = Jwts.builder().subject(user.value()).id(jti).claim("nickname", nickname)
                .issuedAt(Date.from(now)).expiration(Date.from(expiresAt)).signWith(signingKey).compact();
        return new IssuedToken(token, jti, expiresAt);
    }

    private static Optional<String> text(Claims claims, String name) {
        return Optional.ofNullable(claims.get(name)).filter(String.class::isInstance).map(String.class::cast)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static PublicKey publicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chat.auth.jwt.public-key must be a PEM public key", e);
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("chat.auth.jwt.public-key is neither an RSA nor an EC public key");
    }
}
