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
 * @param internal the internal service API
 * @param scylla   the ScyllaDB store (profile {@code scylla})
 * @param redis    the Redis store and broker (profile {@code redis})
 */
@ConfigurationProperties("chat")
public record ChatProperties(@DefaultValue("0") int nodeId, @DefaultValue Auth auth, @DefaultValue Limits limits,
                             @DefaultValue Rooms rooms, @DefaultValue Internal internal,
                             @DefaultValue Scylla scylla, @DefaultValue Redis redis) {

    /**
     * @param devTokens  whether {@code POST /api/dev/token} mints tokens (default: on only with no profile)
     * @param tokenStore the token-store check (000)
     * @param jwt        how tokens are verified
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
     * @param replication       the keyspace's replication, created with the keyspace when missing
     * @param consistency       consistency level of reads and writes
     * @param serialConsistency consistency level of lightweight transactions
     * @param bucket            the time window of one message partition
     */
    public record Scylla(@DefaultValue("{'class': 'SimpleStrategy', 'replication_factor': 1}") String replication,
                         @DefaultValue("LOCAL_QUORUM") String consistency,
                         @DefaultValue("LOCAL_SERIAL") String serialConsistency,
                         @DefaultValue("10d") Duration bucket) {
    }

    /**
     * @param presenceTtl  how long a connection counts as online without a heartbeat (a crashed node's users go offline after it)
     * @param nodeLeaseTtl how long a node id lease lasts without renewal
     * @param brokerInbox  cross-node messages a node may hold for dispatch before it drops (and logs) them
     */
    public record Redis(@DefaultValue("60s") Duration presenceTtl, @DefaultValue("30s") Duration nodeLeaseTtl,
                        @DefaultValue("100000") int brokerInbox) {
    }

    /**
     * @param serviceToken       the token other services present on {@code /api/internal/v1/**}; unset disables that API
     * @param serviceTokenHeader the header they present it in
     */
    public record Internal(String serviceToken, @DefaultValue("X-Service-Token") String serviceTokenHeader) {
    }

    /**
     * @param enabled    tokens must also be live in the token store (default: on with {@code redis}; without it,
     *                   on only while dev tokens are, whose in-memory store then holds them)
     * @param keyPattern the token store's key, {@code {jti}} replaced by the token id
     */
    public record TokenStore(Boolean enabled, @DefaultValue("auth:token:{jti}") String keyPattern) {
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
     * @param maxBodySize          the largest REST request body
     */
    public record Limits(@DefaultValue("1000") int maxTextLength, @DefaultValue("30") int messagesPerMinute,
                         @DefaultValue("30") int editsPerMinute, @DefaultValue("60") int reactionsPerMinute,
                         @DefaultValue("120") int readsPerMinute, @DefaultValue("120") int typingPerMinute,
                         @DefaultValue("60") int joinsPerMinute,
                         @DefaultValue("30") int requestsPerSecond, @DefaultValue("60") int requestBurst,
                         @DefaultValue("24h") Duration idempotencyTtl,
                         @DefaultValue("64KB") org.springframework.util.unit.DataSize maxBodySize) {
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
