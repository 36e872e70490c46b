package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.edited;
import static io.doran.chat.contract.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RecentWindow;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.RoomId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RecentMessageCache} does; implementations are made with a capacity of 3. */
public abstract class RecentMessageCacheContract {

    protected RecentMessageCache cache;
    protected final RoomId room = RoomId.random();

    /** A cache holding at most 3 messages per room. */
    protected abstract RecentMessageCache newCacheOfThree();

    @BeforeEach
    void setUpCache() {
        cache = newCacheOfThree();
    }

    @Test
    void a_cold_room_has_no_window() {
        assertThat(cache.get(room)).isEmpty();
        assertThat(cache.capacity()).isEqualTo(3);
    }

    @Test
    void a_fill_at_the_current_version_warms_the_room() {
        long version = cache.version(room);

        assertThat(cache.fill(room, new RecentWindow(List.of(text(room, 2), text(room, 1)), false), version)).isTrue();

        assertThat(cache.get(room)).hasValueSatisfying(window -> {
            assertThat(window.newestFirst()).containsExactly(text(room, 2), text(room, 1));
            assertThat(window.hasOlder()).isFalse();
        });
    }

    @Test
    void a_fill_that_raced_a_send_is_refused_so_the_send_is_never_lost() {
        long version = cache.version(room);
        cache.append(text(room, 3));

        assertThat(cache.fill(room, new RecentWindow(List.of(text(room, 2), text(room, 1)), false), version)).isFalse();

        assertThat(cache.get(room)).isEmpty();
    }

    @Test
    void appends_to_a_warm_room_come_first_and_push_out_the_oldest() {
        cache.fill(room, new RecentWindow(List.of(text(room, 2), text(room, 1)), false), cache.version(room));

        cache.append(text(room, 3));
        assertThat(cache.get(room).orElseThrow().hasOlder()).isFalse();
        cache.append(text(room, 4));

        RecentWindow window = cache.get(room).orElseThrow();
        assertThat(window.newestFirst()).containsExactly(text(room, 4), text(room, 3), text(room, 2));
        assertThat(window.hasOlder()).isTrue();
    }

    @Test
    void a_message_a_warm_up_already_read_from_the_database_is_not_listed_twice() {
        cache.fill(room, new RecentWindow(List.of(text(room, 2), text(room, 1)), false), cache.version(room));

        cache.append(text(room, 2));

        assertThat(cache.get(room).orElseThrow().newestFirst()).containsExactly(text(room, 2), text(room, 1));
    }

    @Test
    void appends_to_a_cold_room_leave_it_cold() {
        cache.append(text(room, 1));

        assertThat(cache.get(room)).isEmpty();
    }

    @Test
    void an_edit_replaces_the_cached_message_in_place() {
        cache.fill(room, new RecentWindow(List.of(text(room, 2), text(room, 1)), true), cache.version(room));
        Message edited = edited(text(room, 1), "fixed");

        cache.replace(edited);

        RecentWindow window = cache.get(room).orElseThrow();
        assertThat(window.newestFirst()).containsExactly(text(room, 2), edited);
        assertThat(window.hasOlder()).isTrue();
    }

    @Test
    void a_delete_drops_the_window_and_refuses_older_fills() {
        long version = cache.version(room);
        cache.fill(room, new RecentWindow(List.of(text(room, 1)), false), version);

        cache.remove(room, text(room, 1).id());

        assertThat(cache.get(room)).isEmpty();
        assertThat(cache.fill(room, new RecentWindow(List.of(text(room, 1)), false), version)).isFalse();
        assertThat(cache.fill(room, new RecentWindow(List.of(), false), cache.version(room))).isTrue();
    }

    @Test
    void eviction_drops_the_window() {
        cache.fill(room, new RecentWindow(List.of(text(room, 1)), false), cache.version(room));

        cache.evict(room);

        assertThat(cache.get(room)).isEmpty();
    }

    @Test
    void a_fill_larger_than_the_capacity_keeps_the_newest_and_knows_there_is_more() {
        cache.fill(room, new RecentWindow(List.of(text(room, 5), text(room, 4), text(room, 3), text(room, 2)), false),
                cache.version(room));

        RecentWindow window = cache.get(room).orElseThrow();
        assertThat(window.newestFirst()).hasSize(3).first().isEqualTo(text(room, 5));
        assertThat(window.hasOlder()).isTrue();
    }
}
