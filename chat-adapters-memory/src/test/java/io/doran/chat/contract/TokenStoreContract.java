package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.TokenStore;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} does; each implementation extends this unchanged. */
public abstract class TokenStoreContract {

    protected TokenStore store;

    protected abstract TokenStore newTokenStore();

    @BeforeEach
    void setUpStore() {
        store = newTokenStore();
    }

    @Test
    void a_stored_token_is_active_until_revoked() {
        String jti = UUID.randomUUID().toString();

        assertThat(store.isActive(jti)).isFalse();
        store.store(jti, Duration.ofHours(1));
        assertThat(store.isActive(jti)).isTrue();
        store.revoke(jti);
        assertThat(store.isActive(jti)).isFalse();
    }

    @Test
    void tokens_are_independent() {
        String one = UUID.randomUUID().toString();
        String two = UUID.randomUUID().toString();
        store.store(one, Duration.ofHours(1));
        store.store(two, Duration.ofHours(1));

        store.revoke(one);

        assertThat(store.isActive(two)).isTrue();
    }
}
