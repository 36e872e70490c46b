package io.doran.chat.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.contract.Fixtures;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What Redis adds to the contract: a registration nobody keeps alive (a crashed node's) lapses. */
class RedisRoomMembersTest {

    @Test
    void a_connection_whose_node_stopped_heartbeating_is_no_member_once_it_lapsed() {
        ManualClock clock = new ManualClock(Instant.now());
        RedisRoomMembers members = new RedisRoomMembers(RedisContractTests.REDIS, Duration.ofMinutes(1), clock);
        RoomId room = RoomId.random();
        UserId crashed = Fixtures.unique("crashed");
        UserId alive = Fixtures.unique("alive");
        members.join(room, crashed, new ConnectionId("c1"));
        clock.advance(Duration.ofSeconds(30));
        members.join(room, alive, new ConnectionId("a1"));

        clock.advance(Duration.ofSeconds(40));
        members.heartbeat(room, alive, new ConnectionId("a1"));

        assertThat(members.members(room)).containsExactly(alive);
    }
}
