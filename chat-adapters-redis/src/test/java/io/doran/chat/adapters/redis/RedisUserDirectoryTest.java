package io.doran.chat.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.contract.Fixtures;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What Redis adds to the contract: each node keeps the profiles it looked up for the ttl, so that a sender's name costs
 * no round trip per message, and reads afresh a profile it was told about.
 */
class RedisUserDirectoryTest {

    private static UserProfile named(UserId user, String nickname) {
        return new UserProfile(user, Optional.of(nickname), Optional.empty(), Optional.empty());
    }

    @Test
    void a_node_answers_a_profile_it_looked_up_from_what_it_kept_until_the_ttl() {
        UserId alice = Fixtures.unique("alice");
        UserId unknown = Fixtures.unique("unknown");
        RedisUserDirectory node = new RedisUserDirectory(RedisContractTests.REDIS, Duration.ofMinutes(1));
        RedisUserDirectory uncached = new RedisUserDirectory(RedisContractTests.REDIS, Duration.ZERO);
        node.remember(named(alice, "Alice"));
        assertThat(node.profiles(List.of(alice, unknown))).containsOnlyKeys(alice);

        // Behind the node's back: only a node that keeps nothing sees it at once.
        RedisContractTests.REDIS.delete("profile:" + alice.value());
        RedisContractTests.REDIS.opsForHash().put("profile:" + unknown.value(), "nickname", "Someone");

        assertThat(node.profiles(List.of(alice, unknown))).as("kept, the unknown user too").containsOnlyKeys(alice);
        assertThat(uncached.profiles(List.of(alice, unknown))).containsOnlyKeys(unknown);
    }

    @Test
    void a_profile_a_credential_changes_on_this_node_is_read_afresh() {
        UserId alice = Fixtures.unique("alice");
        RedisUserDirectory node = new RedisUserDirectory(RedisContractTests.REDIS, Duration.ofMinutes(1));
        node.remember(named(alice, "Alice"));
        assertThat(node.profiles(List.of(alice)).get(alice).nickname()).contains("Alice");

        node.remember(named(alice, "Alicia"));

        assertThat(node.profiles(List.of(alice)).get(alice).nickname()).contains("Alicia");
    }
}
