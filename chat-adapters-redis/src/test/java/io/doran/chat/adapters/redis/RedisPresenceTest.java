package io.doran.chat.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.Presence;
import io.doran.chat.contract.Fixtures;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.domain.live.ConnectionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Redis adds to the contract: a node's heartbeats keep its users online past the ttl, however many they are. */
class RedisPresenceTest {

    @Test
    void heartbeats_keep_every_registration_past_the_ttl_in_batches_of_any_size_and_the_others_lapse() {
        ManualClock clock = new ManualClock(Instant.now());
        RedisPresence presence = new RedisPresence(RedisContractTests.REDIS, Duration.ofMinutes(1), clock);
        List<Presence.Registration> alive = new ArrayList<>();
        for (int i = 0; i < Heartbeats.BATCH + 3; i++) {
            Presence.Registration registration = new Presence.Registration(Fixtures.unique("user" + i),
                    new ConnectionId("c" + i));
            presence.connected(registration.user(), registration.connection(), clock.instant());
            alive.add(registration);
        }
        Presence.Registration crashed = new Presence.Registration(Fixtures.unique("crashed"), new ConnectionId("x"));
        presence.connected(crashed.user(), crashed.connection(), clock.instant());

        clock.advance(Duration.ofSeconds(40));
        presence.heartbeat(alive, clock.instant());
        clock.advance(Duration.ofSeconds(30));

        assertThat(alive).allSatisfy(registration -> assertThat(presence.find(registration.user()).online()).isTrue());
        assertThat(presence.find(crashed.user()).online()).isFalse();
    }
}
