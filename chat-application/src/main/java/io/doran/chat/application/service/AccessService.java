package io.doran.chat.application.service;

import io.doran.chat.application.port.in.AdmitRequestUseCase;
import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.IssueDevTokenUseCase;
import io.doran.chat.application.port.in.PresentedCredentials;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.IssuedToken;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.TokenIssuer;
import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.application.port.out.TokenVerifier;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.application.port.out.VerifiedToken;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who may come in (SPEC §2, §8): credentials, the token store, user status, dev tokens and the REST rate limit. */
public final class AccessService implements AuthenticateUseCase, IssueDevTokenUseCase,
        AdmitRequestUseCase {

    private final TokenVerifier verifier;
    private final TokenIssuer issuer;
    private final TokenStore tokenStore;
    private final UserDirectory directory;
    private final Gatekeeper gatekeeper;
    private final ChatSettings settings;
    private final ChatMetrics metrics;
    private final Clock clock;

    public AccessService(TokenVerifier verifier, TokenIssuer issuer, TokenStore tokenStore, UserDirectory directory,
                         UserStatuses statuses, RateLimiter rateLimiter, ChatSettings settings, Clock clock) {
        this(verifier, issuer, tokenStore, directory, statuses, rateLimiter, settings, ChatMetrics.NONE, clock);
    }

    public AccessService(TokenVerifier verifier, TokenIssuer issuer, TokenStore tokenStore, UserDirectory directory,
                         UserStatuses statuses, RateLimiter rateLimiter, ChatSettings settings, ChatMetrics metrics,
                         Clock clock) {
        this.verifier = verifier;
        this.issuer = issuer;
        this.tokenStore = tokenStore;
        this.directory = directory;
        this.gatekeeper = new Gatekeeper(rateLimiter, statuses);
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Caller authenticate(String rawToken) {
        try {
            return admit(verified(rawToken));
        } catch (ChatException e) {
            metrics.authenticationRefused(e.code());
            throw e;
        }
    }

    @Override
    public Optional<Authenticated> authenticate(PresentedCredentials credentials) {
        try {
            return authenticated(credentials);
        } catch (ChatException e) {
            metrics.authenticationRefused(e.code());
            throw e;
        }
    }

    private Optional<Authenticated> authenticated(PresentedCredentials credentials) {
        List<String> tokens = credentials.tokens();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        List<VerifiedToken> verified = tokens.stream().map(this::verified).toList();
        VerifiedToken first = verified.getFirst();
        if (verified.stream().anyMatch(token -> !token.userId().equals(first.userId()))) {
            throw new ChatException(ErrorCode.AMBIGUOUS_CREDENTIALS);
        }
        return Optional.of(new Authenticated(admit(first), tokens.getFirst()));
    }

    /** Signature, expiry and (when enabled) the token store. */
    private VerifiedToken verified(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            throw new ChatException(ErrorCode.UNAUTHORIZED);
        }
        VerifiedToken token = verifier.verify(rawToken.strip());
        if (settings.tokenStoreCheck() && !token.jti().map(tokenStore::isActive).orElse(false)) {
            // The store forgets a token when it expires, as when it is revoked: only one still in date was revoked.
            throw new ChatException(token.expiresAt().isAfter(clock.instant()) ? ErrorCode.REVOKED_TOKEN
                    : ErrorCode.EXPIRED_TOKEN);
        }
        return token;
    }

    /** The user's status, then the profile the token carries is remembered. */
    private Caller admit(VerifiedToken token) {
        gatekeeper.requireMayConnect(token.userId());
        if (token.nickname().isPresent() || token.email().isPresent() || token.pictureUrl().isPresent()) {
            directory.remember(new UserProfile(token.userId(), token.nickname(), token.email(), token.pictureUrl()));
        }
        return new Caller(token.userId(), token.nickname(), token.jti(), token.expiresAt());
    }

    @Override
    public DevToken issue(UserId user, String nickname) {
        Optional<String> name = Optional.ofNullable(nickname).map(String::strip).filter(n -> !n.isEmpty());
        name.ifPresent(n -> Require.wellFormed(n, "nickname"));
        if (name.filter(n -> Require.codePoints(n) > 50 || !Require.printable(n)).isPresent()) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "nickname must be at most 50 printable characters");
        }
        IssuedToken token = issuer.issue(user, name.orElse(user.value()), settings.devTokenTtl());
        tokenStore.store(token.jti(), settings.devTokenTtl());
        directory.remember(new UserProfile(user, name, Optional.empty(), Optional.empty()));
        return new DevToken(token.token(), token.expiresAt());
    }

    @Override
    public void admit(UserId caller) {
        gatekeeper.throttle(caller, settings.limits().requests());
    }
}
