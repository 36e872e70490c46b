package io.doran.chat.adapters.ws.session;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.web.cors.CorsConfiguration;

/**
 * Which web pages may open a live connection (SPEC §8): a browser sends the page's {@code Origin} with every
 * WebSocket handshake and sends the user's cookies along, whichever site the page comes from. So a handshake that
 * signs in with the {@code jwt_token} cookie must come from the server's own origin or one listed in
 * {@code chat.ws.allowed-origins}; a {@code *} there is honoured only for connections that present their token
 * themselves (header, query, {@code authenticate} frame), which another site cannot do on the user's behalf.
 * Clients that are not browsers send no {@code Origin} and are not concerned.
 */
public final class OriginPolicy {

    private final boolean anyWithExplicitToken;
    private final CorsConfiguration listed = new CorsConfiguration();

    /** {@code allowedOrigins}: origins ({@code https://app.example.com}), patterns ({@code https://*.example.com}) or {@code *}. */
    public OriginPolicy(List<String> allowedOrigins) {
        this.anyWithExplicitToken = allowedOrigins.contains("*");
        listed.setAllowedOriginPatterns(allowedOrigins.stream().filter(origin -> !origin.equals("*")).toList());
    }

    /**
     * Whether a handshake from {@code origin} (null when the client sent none) to a server reached at
     * {@code serverUri} may open a connection; {@code signsInWithCookie} when its credential is the cookie.
     */
    public boolean allows(String origin, URI serverUri, boolean signsInWithCookie) {
        if (origin == null || sameOrigin(origin, serverUri)) {
            return true;
        }
        if (listed.checkOrigin(origin) != null) {
            return true;
        }
        return anyWithExplicitToken && !signsInWithCookie;
    }

    private static boolean sameOrigin(String origin, URI server) {
        URI page;
        try {
            page = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (page.getScheme() == null || page.getHost() == null || server.getHost() == null) {
            return false;
        }
        String serverScheme = switch (server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT)) {
            case "wss" -> "https";
            case "ws" -> "http";
            default -> server.getScheme().toLowerCase(Locale.ROOT);
        };
        return page.getScheme().equalsIgnoreCase(serverScheme) && page.getHost().equalsIgnoreCase(server.getHost())
                && port(page) == port(server.getPort(), serverScheme);
    }

    private static int port(URI uri) {
        return port(uri.getPort(), uri.getScheme().toLowerCase(Locale.ROOT));
    }

    private static int port(int port, String scheme) {
        if (port != -1) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
