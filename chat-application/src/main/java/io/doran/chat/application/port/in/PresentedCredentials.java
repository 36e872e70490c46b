package io.doran.chat.application.port.in;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The credentials one request, handshake or connection presents, exactly as its transport found them
 * (SPEC §2): the {@code Authorization} header values, the values of the token cookie ({@code jwt_token},
 * 000), the {@code token} query parameter values (002) and a token given explicitly (an
 * {@code authenticate} frame, 004, or Socket.IO's {@code auth.token}, 002). Every surface — REST, the
 * {@code /chat} handshake, Socket.IO — hands what it found to {@link AuthenticateUseCase#authenticate(PresentedCredentials)},
 * so the same request means the same user on each of them.
 *
 * @param authorization every {@code Authorization} header value
 * @param cookies       every value of the token cookie
 * @param queryTokens   every (decoded) value of the {@code token} query parameter
 * @param explicit      a token the client gave explicitly, if any
 */
public record PresentedCredentials(List<String> authorization, List<String> cookies, List<String> queryTokens,
                                   Optional<String> explicit) {

    /** More distinct tokens than this in one request are refused without verifying any. */
    public static final int MAX_TOKENS = 4;
    private static final String BEARER = "Bearer ";

    public PresentedCredentials {
        authorization = copy(authorization);
        cookies = copy(cookies);
        queryTokens = copy(queryTokens);
        explicit = explicit == null ? Optional.empty() : explicit;
    }

    public static PresentedCredentials none() {
        return new PresentedCredentials(List.of(), List.of(), List.of(), Optional.empty());
    }

    /** Only a token given explicitly ({@code authenticate} frame, Socket.IO {@code auth.token}). */
    public static PresentedCredentials explicit(String token) {
        return new PresentedCredentials(List.of(), List.of(), List.of(), Optional.ofNullable(token));
    }

    /**
     * The distinct tokens presented, in the one order every surface uses: what the client states itself
     * before what a browser attaches on its own — the explicit token, then {@code Authorization: Bearer},
     * then {@code ?token=}, then the cookie. Empty query and cookie values count as absent (a browser keeps
     * sending a cleared cookie); an {@code Authorization} header that is not a bearer token, or carries
     * none, is {@code INVALID_TOKEN}; more than {@link #MAX_TOKENS} distinct tokens are
     * {@code AMBIGUOUS_CREDENTIALS}.
     */
    public List<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>();
        explicit.ifPresent(tokens::add);
        for (String header : authorization) {
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.substring(BEARER.length()).isBlank()) {
                throw new ChatException(ErrorCode.INVALID_TOKEN);
            }
            tokens.add(header.substring(BEARER.length()).strip());
        }
        queryTokens.stream().filter(value -> !value.isBlank()).map(String::strip).forEach(tokens::add);
        cookies.stream().filter(value -> !value.isBlank()).map(String::strip).forEach(tokens::add);
        if (tokens.size() > MAX_TOKENS) {
            throw new ChatException(ErrorCode.AMBIGUOUS_CREDENTIALS);
        }
        return List.copyOf(tokens);
    }

    /**
     * Whether the token cookie is all that was presented: no explicit token, no {@code Authorization}, no
     * non-empty {@code ?token=}. A page of another site gets the cookie sent without knowing any token, so
     * the live endpoints apply their origin rules to exactly these requests.
     */
    public boolean cookieOnly() {
        boolean stated = explicit.isPresent() || !authorization.isEmpty()
                || queryTokens.stream().anyMatch(value -> !value.isBlank());
        return !stated && cookies.stream().anyMatch(value -> !value.isBlank());
    }

    private static List<String> copy(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> present = new ArrayList<>();
        values.stream().filter(value -> value != null).forEach(present::add);
        return List.copyOf(present);
    }
}
