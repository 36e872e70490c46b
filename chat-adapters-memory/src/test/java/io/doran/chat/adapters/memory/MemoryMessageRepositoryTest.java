package io.doran.chat.adapters.memory;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.contract.ManualClock;
import io.doran.chat.contract.MessageRepositoryContract;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.shared.RoomId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoryMessageRepositoryTest extends MessageRepositoryContract {

    @Override
    protected MessageRepository newRepository() {
        return new MemoryMessageRepository(Clock.systemUTC());
    }

    static List<Long> ids(MessageRepository messages, RoomId room) {
        return messages.page(room, HistoryCursor.latest(), 100).messages().stream().map(m -> m.id().value()).toList();
    }

    @Test
    void a_room_keeps_its_newest_messages_and_drops_the_oldest_with_their_reactions() {
        MemoryReactionRepository reactions = new MemoryReactionRepository();
        MemoryMessageRepository messages = new MemoryMessageRepository(Clock.systemUTC(), new MemorySettings(3, 100),
                reactions::forget);
        RoomId room = RoomId.random();
        for (int n = 1; n <= 5; n++) {
            Message message = text(room, n);
            messages.save(message, Optional.empty());
            reactions.add(room, message.id(), ALICE, new ReactionKind("like"));
        }

        assertThat(ids(messages, room)).containsExactly(text(room, 5).id().value(), text(room, 4).id().value(),
                text(room, 3).id().value());
        assertThat(messages.find(room, text(room, 1).id())).isEmpty();
        assertThat(messages.find(text(room, 1).id())).as("nor by its id alone").isEmpty();
        assertThat(reactions.summaries(room, List.of(text(room, 1).id(), text(room, 2).id(), text(room, 3).id()),
                Optional.empty())).containsOnlyKeys(text(room, 3).id());
    }

    @Test
    void over_all_rooms_the_oldest_message_of_any_room_goes_first() {
        MemoryMessageRepository messages = new MemoryMessageRepository(Clock.systemUTC(), new MemorySettings(10, 4),
                (room, id) -> { });
        RoomId quiet = RoomId.random();
        RoomId busy = RoomId.random();
        messages.save(text(quiet, 1), Optional.empty());
        messages.save(text(busy, 2), Optional.empty());
        messages.save(text(quiet, 3), Optional.empty());
        messages.save(text(busy, 4), Optional.empty());
        messages.save(text(busy, 5), Optional.empty());
        messages.save(text(busy, 6), Optional.empty());

        assertThat(messages.size()).isEqualTo(4);
        assertThat(ids(messages, quiet)).containsExactly(text(quiet, 3).id().value());
        assertThat(ids(messages, busy)).containsExactly(text(busy, 6).id().value(), text(busy, 5).id().value(),
                text(busy, 4).id().value());
    }

    @Test
    void rewriting_a_message_keeps_its_place_and_deleting_a_room_frees_its_share() {
        MemoryMessageRepository messages = new MemoryMessageRepository(Clock.systemUTC(), new MemorySettings(2, 3),
                (room, id) -> { });
        RoomId room = RoomId.random();
        RoomId other = RoomId.random();
        messages.save(text(room, 1), Optional.empty());
        messages.save(text(room, 2), Optional.empty());
        messages.save(io.doran.chat.contract.Fixtures.edited(text(room, 1), "edited"), Optional.empty());
        messages.save(io.doran.chat.contract.Fixtures.edited(text(room, 2), "edited"), Optional.empty());

        assertThat(ids(messages, room)).hasSize(2);
        messages.deleteRoom(room);
        assertThat(messages.size()).isZero();
        messages.save(text(other, 3), Optional.empty());
        messages.save(text(other, 4), Optional.empty());
        assertThat(ids(messages, other)).containsExactly(text(other, 4).id().value(), text(other, 3).id().value());
    }

    @Test
    void the_default_windows_are_ten_thousand_per_room_and_a_hundred_thousand_in_all() {
        assertThat(MemorySettings.defaults()).isEqualTo(new MemorySettings(10_000, 100_000));
    }

    @Test
    void an_expired_message_is_found_neither_in_its_room_nor_by_its_id() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));
        MemoryMessageRepository expiring = new MemoryMessageRepository(clock);
        RoomId room = RoomId.random();
        Message message = uniqueText(room);
        expiring.save(message, Optional.of(clock.instant().plusSeconds(60)));
        assertThat(expiring.find(message.id())).isPresent();

        clock.advance(Duration.ofSeconds(60));

        assertThat(expiring.find(message.id())).isEmpty();
        assertThat(expiring.find(room, message.id())).isEmpty();
    }
}
