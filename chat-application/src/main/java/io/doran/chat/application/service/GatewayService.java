package io.doran.chat.application.service;

import io.doran.chat.application.port.in.AuthenticateGatewayUserUseCase;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.GatewayClaim;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * Gateway-trusted mode (001): the one place that compares the gateway's secret (in constant time, so response times
 * tell nothing about it) and turns the user it vouches for into a caller.
 */
public final class GatewayService implements AuthenticateGatewayUserUseCase {

    private final Optional<byte[]> secret;
    private final UserDirectory directory;
    private final Gatekeeper gatekeeper;
    private final ChatMetrics metrics;

    public GatewayService(Optional<String> secret, UserDirectory directory, UserStatuses statuses) {
        this(secret, directory, statuses, ChatMetrics.NONE);
    }

    /** @param secret the shared gateway secret; empty (or blank) while the mode is off, which refuses every claim */
    public GatewayService(Optional<String> secret, UserDirectory directory, UserStatuses statuses, ChatMetrics metrics) {
        this.metrics = metrics;
        this.secret = secret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8));
        this.directory = directory;
        this.gatekeeper = Gatekeeper.statusesOnly(statuses);
    }

    @Override
    public Caller trust(GatewayClaim claim) {
        try {
            return trusted(claim);
        } catch (ChatException e) {
            metrics.authenticationRefused(e.code());
            throw e;
        }
    }

    private Caller trusted(GatewayClaim claim) {
        byte[] presented = claim.secret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        if (secret.isEmpty() || presented == null || !MessageDigest.isEqual(presented, secret.get())) {
            throw new ChatException(ErrorCode.UNAUTHORIZED);
        }
        UserId user = userId(claim.userId());
        gatekeeper.requireMayConnect(user);
        if (claim.nickname().isPresent() || claim.email().isPresent() || claim.pictureUrl().isPresent()) {
            directory.remember(new UserProfile(user, claim.nickname(), claim.email(), claim.pictureUrl()));
        }
        return new Caller(user, claim.nickname(), Optional.empty(), Instant.MAX);
    }

    /** The id exactly as sent (never trimmed); one that is no valid id is no identity. */
    private static UserId userId(String raw) {
        try {
            return UserId.of(raw);
        } catch (ChatException | IllegalArgumentException e) {
            throw new ChatException(ErrorCode.UNAUTHORIZED);
        }
    }
}
