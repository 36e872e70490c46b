package io.doran.chat.bootstrap.scylla;

import io.doran.chat.bootstrap.rest.RestApiTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The whole REST suite, unchanged, with rooms and messages in a real CQL database (profile {@code scylla}). */
@ActiveProfiles("scylla")
@TestPropertySource(properties = "chat.auth.dev-tokens=true")
class ScyllaRestApiTest extends RestApiTest {

    @DynamicPropertySource
    static void scylla(DynamicPropertyRegistry registry) {
        ScyllaProfile.register(registry);
    }
}
