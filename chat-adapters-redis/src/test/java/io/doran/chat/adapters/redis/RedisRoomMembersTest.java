package io.doran.chat.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.contract.Fixtures;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What Redis adds to the contract: a registration nobody keeps alive (a crashed node's) lapses, and one that a node
 * keeps alive stays, in batches of any size, however long nobody joins or leaves its room.
 */
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
        members.heartbeat(List.of(new RoomMembers.Registration(room, alive, new ConnectionId("a1"))));

        assertThat(members.members(room)).containsExactly(alive);
    }

    @Test
    void heartbeats_keep_every_registration_and_its_room_past_the_ttl_in_batches_of_any_size() {
        ManualClock clock = new ManualClock(Instant.now());
        RedisRoomMembers members = new RedisRoomMembers(RedisContractTests.REDIS, Duration.ofMinutes(1), clock);
        List<RoomId> rooms = List.of(RoomId.random(), RoomId.random(), RoomId.random());
        List<RoomMembers.Registration> alive = new ArrayList<>();
        for (int i = 0; i < 3 * Heartbeats.BATCH / 2 + 7; i++) {
            RoomMembers.Registration registration = new RoomMembers.Registration(rooms.get(i % rooms.size()),
                    Fixtures.unique("member" + i), new ConnectionId("c" + i));
            members.join(registration.roomId(), registration.user(), registration.connection());
            alive.add(registration);
        }
        UserId neverJoined = Fixtures.unique("never");
        alive.add(new RoomMembers.Registration(rooms.get(0), neverJoined, new ConnectionId("n1")));

        clock.advance(Duration.ofSeconds(40));
        members.heartbeat(alive);
        clock.advance(Duration.ofSeconds(30));

        int joined = alive.size() - 1;
        assertThat(rooms.stream().mapToInt(room -> members.members(room).size()).sum()).isEqualTo(joined);
        assertThat(members.members(rooms.get(0))).doesNotContain(neverJoined);
        for (RoomId room : rooms) {
            assertThat(RedisContractTests.REDIS.getExpire("live:" + room, TimeUnit.SECONDS))
                    .as("the room's set outlives the ttl it was given at the last join").isGreaterThan(61);
        }
    }
}
