package io.doran.chat.adapters.memory;

import static io.doran.chat.contract.Fixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.contract.RoomEventBroadcasterContract;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryRoomEventBroadcasterTest extends RoomEventBroadcasterContract {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T00:00:00Z"));

    @Override
    protected RoomEventBroadcaster newBroadcaster() {
        return new MemoryRoomEventBroadcaster();
    }

    static MessagePosted post(RoomId room, MessageId id) {
        return new MessagePosted(Message.restore(id, room, ALICE, MessageType.TEXT, "m", null, id.timestamp(), null,
                null, null, null));
    }

    /** A message sent now in {@code room}: its id reserved, then posted. */
    static void send(MemoryRoomEventBroadcaster broadcaster, RoomId room, MessageId id) {
        broadcaster.reserve(room, id);
        broadcaster.publish(post(room, id));
    }

    @Test
    void the_ordering_state_of_rooms_gone_quiet_is_forgotten() {
        MemoryRoomEventBroadcaster broadcaster = new MemoryRoomEventBroadcaster(clock);
        for (int i = 0; i < 300; i++) {
            send(broadcaster, RoomId.random(), MessageId.firstAt(clock.instant()));
        }
        assertThat(broadcaster.roomsWithOrder()).isEqualTo(300);

        clock.advance(MessageOrder.IDLE.plusSeconds(1));
        RoomId busy = RoomId.random();
        for (int i = 0; i < MemoryRoomEventBroadcaster.SWEEP_EVERY; i++) {
            send(broadcaster, busy, new MessageId(MessageId.firstAt(clock.instant()).value() + i));
        }

        assertThat(broadcaster.roomsWithOrder()).as("only the busy room keeps its order").isEqualTo(1);
    }

    /** Enough calls on other rooms for a sweep to run. */
    void sweep(MemoryRoomEventBroadcaster broadcaster) {
        for (int i = 0; i < MemoryRoomEventBroadcaster.SWEEP_EVERY; i++) {
            broadcaster.reserve(RoomId.random(), MessageId.firstAt(clock.instant()));
        }
    }

    @Test
    void a_room_with_a_reservation_waiting_keeps_its_order_however_long_it_waits() {
        MemoryRoomEventBroadcaster broadcaster = new MemoryRoomEventBroadcaster(clock);
        RoomId room = RoomId.random();
        List<RoomEvent> heard = new ArrayList<>();
        broadcaster.subscribe(room, heard::add);
        MessageId reserved = MessageId.firstAt(clock.instant().plusSeconds(120));
        MessageId later = new MessageId(reserved.value() + 1);
        broadcaster.reserve(room, reserved);
        clock.advance(Duration.ofSeconds(90));
        sweep(broadcaster);

        broadcaster.reserve(room, later);
        broadcaster.publish(post(room, later));
        assertThat(heard).as("held back behind the reservation still waiting").isEmpty();
        broadcaster.withdraw(room, reserved);

        assertThat(heard).containsExactly(post(room, later));
    }

    @Test
    void a_forgotten_room_orders_its_next_messages_as_before() {
        MemoryRoomEventBroadcaster broadcaster = new MemoryRoomEventBroadcaster(clock);
        RoomId room = RoomId.random();
        List<RoomEvent> heard = new ArrayList<>();
        broadcaster.subscribe(room, heard::add);
        MessageId before = MessageId.firstAt(clock.instant());
        send(broadcaster, room, before);
        clock.advance(MessageOrder.IDLE.plusSeconds(1));
        sweep(broadcaster);

        MessageId first = MessageId.firstAt(clock.instant());
        MessageId second = new MessageId(first.value() + 1);
        broadcaster.reserve(room, first);
        broadcaster.reserve(room, second);
        broadcaster.publish(post(room, second));
        broadcaster.publish(post(room, first));

        assertThat(heard).containsExactly(post(room, before), post(room, first), post(room, second));
    }
}
