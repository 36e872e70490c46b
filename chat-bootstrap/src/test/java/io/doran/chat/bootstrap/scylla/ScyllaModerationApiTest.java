package io.doran.chat.bootstrap.scylla;

import io.doran.chat.bootstrap.moderation.ModerationApiTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The moderation suite, unchanged, with bans, mutes and reports in a real CQL database (profile {@code scylla}). */
@ActiveProfiles("scylla")
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ScyllaModerationApiTest extends ModerationApiTest {

    @DynamicPropertySource
    static void scylla(DynamicPropertyRegistry registry) {
        ScyllaProfile.register(registry);
    }
}
