package io.doran.chat.bootstrap.seeds;

import io.doran.chat.bootstrap.rest.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the seed suites share: one started server (the same settings, so one context) with gateway-trusted
 * mode on for seed 001, a real HTTP client, and user ids no other test uses, so a store shared with other
 * suites never mixes their rooms in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000", "chat.limits.requests-per-second=10000",
        "chat.auth.gateway.enabled=true", "chat.auth.gateway.secret=" + SeedApiSuite.GATEWAY_SECRET})
public abstract class SeedApiSuite {

    static final String GATEWAY_SECRET = "gw-secret-for-seed-tests";

    @LocalServerPort
    protected int port;

    protected Api api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void startClient() {
        api = new Api(port);
    }

    /** The seed document's user id, made unique to this test. */
    protected String user(String documentId) {
        return documentId + "-" + run;
    }
}
