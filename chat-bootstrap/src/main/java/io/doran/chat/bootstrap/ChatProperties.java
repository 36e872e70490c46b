package io.doran.chat.bootstrap;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code chat.*} setting (SPEC §9), with its default; each is also an environment variable
 * ({@code CHAT_NODE_ID}, {@code CHAT_LIMITS_MAX_TEXT_LENGTH}, ...). The README's configuration table
 * lists them.
 *
 * @param nodeId   this node's id in message ids (0–1023); nodes sharing a database need distinct ids
 * @param auth     authentication
 * @param limits   message and request limits
 * @param rooms    live rooms, history and reactions
 */
@ConfigurationProperties("chat")
public record ChatProperties(@DefaultValue("0") int nodeId, @DefaultValue Auth auth, @DefaultValue Limits limits,
                             @DefaultValue Rooms rooms) {

    /**
     * @param devTokens  whether {@code POST /api/dev/token} mints tokens (default: on only with no profile)
     * @param tokenStore the token-store check (000)
     * @param jwt        how tokens are verified
     * @param gateway    gateway-trusted mode (001)
     * @param cookieName the cookie that may carry the token (000), on every surface
     */
    public record Auth(Boolean devTokens, @DefaultValue TokenStore tokenStore, @DefaultValue Jwt jwt,
                       @DefaultValue Gateway gateway, @DefaultValue("jwt_token") String cookieName) {
    }

    /**
     * Gateway-trusted mode (001): identity from {@code X-User-*} headers, only with the gateway secret.
     *
     * @param enabled      off by default; startup warns while it is on
     * @param secret       the shared secret the gateway sends
     * @param secretHeader the header it sends it in
     */
    public record Gateway(@DefaultValue("false") boolean enabled, String secret,
                          @DefaultValue("X-Gateway-Secret") String secretHeader) {
    }


    /**
     * @param enabled tokens must also be live in the token store (default: on with {@code redis}; without it, on only
     *                while dev tokens are, whose in-memory store then holds them); its key in Redis is the Redis
     *                adapter's {@code chat.auth.token-store.key-pattern}
     */
    public record TokenStore(Boolean enabled) {
    }

    /**
     * @param secret    base64 HS256 key shared with the auth server
     * @param publicKey PEM public key for RS256/ES256 tokens
     * @param devTokenTtl lifetime of dev tokens
     */
    public record Jwt(String secret, String publicKey, @DefaultValue("24h") Duration devTokenTtl) {
    }

    /**
     * @param maxTextLength        characters (code points) per text message (002)
     * @param messagesPerMinute    sends per user per minute (002); also the burst
     * @param editsPerMinute       message edits and deletions per user per minute; also the burst
     * @param reactionsPerMinute   reactions added or removed per user per minute; also the burst
     * @param readsPerMinute       read-marker moves per user per minute; also the burst
     * @param typingPerMinute      typing frames per user per minute; also the burst
     * @param joinsPerMinute       live-room joins and leaves per user per minute; also the burst
     * @param requestsPerSecond    REST requests per user per second (003)
     * @param requestBurst         REST burst (003)
     * @param idempotencyTtl       how long a clientMessageId is remembered
     */
    public record Limits(@DefaultValue("1000") int maxTextLength, @DefaultValue("30") int messagesPerMinute,
                         @DefaultValue("30") int editsPerMinute, @DefaultValue("60") int reactionsPerMinute,
                         @DefaultValue("120") int readsPerMinute, @DefaultValue("120") int typingPerMinute,
                         @DefaultValue("60") int joinsPerMinute,
                         @DefaultValue("30") int requestsPerSecond, @DefaultValue("60") int requestBurst,
                         @DefaultValue("24h") Duration idempotencyTtl) {
    }

    /**
     * @param idleTimeout    how long a live room with no connection stays idle before it closes (000)
     * @param recentMessages how many recent messages per room are cached for the first history page
     * @param missedLimit    how many missed messages a rejoin with lastMessageId returns at most
     * @param unreadCap      where unread counts stop counting
     * @param reactions      the reaction kinds (000)
     */
    public record Rooms(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("20") int recentMessages,
                        @DefaultValue("200") int missedLimit, @DefaultValue("999") int unreadCap,
                        @DefaultValue({"like", "love", "laugh", "sad", "angry"}) List<String> reactions) {
    }
}
