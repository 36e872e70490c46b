package io.doran.chat.adapters.memory;

import static io.doran.chat.contract.RoomEventBroadcasterContract.posted;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.contract.MessageSequencerContract;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryMessageSequencerTest extends MessageSequencerContract {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T00:00:00Z"));

    @Override
    protected Ordered newOrdered() {
        MemoryRecentMessageCache recent = new MemoryRecentMessageCache(20);
        MemoryRoomEventBroadcaster broadcaster = new MemoryRoomEventBroadcaster(Clock.systemUTC(), recent, new MemoryRateLimiter(clock));
        return new Ordered(broadcaster, broadcaster, recent);
    }

    static MessageSequencer.Slot reserve(MemoryRoomEventBroadcaster sequencer, RoomId room, MessageId id) {
        return ((MessageSequencer.Reserved) sequencer.reserve(room, id)).slot();
    }

    /** A message sent now in {@code room}: its id reserved, then published. */
    static void send(MemoryRoomEventBroadcaster sequencer, RoomId room, MessageId id) {
        try (MessageSequencer.Slot slot = reserve(sequencer, room, id)) {
            slot.publish(posted(room, id));
        }
    }

    /** Enough calls on other rooms for a sweep to run. */
    void sweep(MemoryRoomEventBroadcaster sequencer) {
        for (int i = 0; i < MemoryRoomEventBroadcaster.SWEEP_EVERY; i++) {
            sequencer.reserve(RoomId.random(), MessageId.firstAt(clock.instant()));
        }
    }

    @Test
    void the_ordering_state_of_rooms_gone_quiet_is_forgotten() {
        MemoryRoomEventBroadcaster sequencer = new MemoryRoomEventBroadcaster(clock, new MemoryRecentMessageCache(20), new MemoryRateLimiter(clock));
        for (int i = 0; i < 300; i++) {
            send(sequencer, RoomId.random(), MessageId.firstAt(clock.instant()));
        }
        assertThat(sequencer.roomsWithOrder()).isEqualTo(300);

        clock.advance(MessageOrder.IDLE.plusSeconds(1));
        RoomId busy = RoomId.random();
        for (int i = 0; i < MemoryRoomEventBroadcaster.SWEEP_EVERY; i++) {
            send(sequencer, busy, new MessageId(MessageId.firstAt(clock.instant()).value() + i));
        }

        assertThat(sequencer.roomsWithOrder()).as("only the busy room keeps its order").isEqualTo(1);
    }

    @Test
    void a_room_with_a_reservation_waiting_keeps_its_order_however_long_it_waits() {
        MemoryRoomEventBroadcaster sequencer = new MemoryRoomEventBroadcaster(clock, new MemoryRecentMessageCache(20), new MemoryRateLimiter(clock));
        RoomId room = RoomId.random();
        List<RoomBroadcast> heard = new ArrayList<>();
        sequencer.subscribe(room, heard::add);
        MessageId reserved = MessageId.firstAt(clock.instant().plusSeconds(120));
        MessageId later = new MessageId(reserved.value() + 1);
        MessageSequencer.Slot waiting = reserve(sequencer, room, reserved);
        clock.advance(Duration.ofSeconds(90));
        sweep(sequencer);

        reserve(sequencer, room, later).publish(posted(room, later));
        assertThat(heard).as("held back behind the reservation still waiting").isEmpty();
        waiting.close();

        assertThat(heard).containsExactly(posted(room, later));
    }

    @Test
    void a_forgotten_room_orders_its_next_messages_as_before() {
        MemoryRoomEventBroadcaster sequencer = new MemoryRoomEventBroadcaster(clock, new MemoryRecentMessageCache(20), new MemoryRateLimiter(clock));
        RoomId room = RoomId.random();
        List<RoomBroadcast> heard = new ArrayList<>();
        sequencer.subscribe(room, heard::add);
        MessageId before = MessageId.firstAt(clock.instant());
        send(sequencer, room, before);
        clock.advance(MessageOrder.IDLE.plusSeconds(1));
        sweep(sequencer);

        MessageId first = MessageId.firstAt(clock.instant());
        MessageId second = new MessageId(first.value() + 1);
        MessageSequencer.Slot firstSlot = reserve(sequencer, room, first);
        reserve(sequencer, room, second).publish(posted(room, second));
        firstSlot.publish(posted(room, first));

        assertThat(heard).containsExactly(posted(room, before), posted(room, first), posted(room, second));
    }
}
