package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static io.doran.chat.contract.Fixtures.deleted;
import static io.doran.chat.contract.Fixtures.edited;
import static io.doran.chat.contract.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageRevision;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.shared.RoomId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MessageRepository} does; each implementation extends this unchanged. */
public abstract class MessageRepositoryContract {

    protected MessageRepository repository;
    protected final RoomId room = RoomId.random();

    protected abstract MessageRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repository = newRepository();
    }

    /** Message ids {@code 1..count} spread over as many time buckets as {@code spacingMillis} makes. */
    protected List<Message> saveMessages(int count) {
        List<Message> saved = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Message message = text(room, n);
            repository.save(message, Optional.empty());
            saved.add(message);
        }
        return saved;
    }

    @Test
    void a_message_is_stored_whole() {
        Message image = Message.restore(Fixtures.id(1), room, BOB, MessageType.IMAGE, "caption", "https://x.io/a.png",
                Fixtures.T0, null, null, null, Fixtures.clientId("c-1"));

        repository.save(image, Optional.empty());

        assertThat(repository.find(room, image.id())).contains(image);
        assertThat(repository.find(room, Fixtures.id(2))).isEmpty();
        assertThat(repository.find(RoomId.random(), image.id())).isEmpty();
    }

    @Test
    void an_edit_or_a_delete_replaces_the_row_and_a_deleted_message_can_still_be_found() {
        Message message = text(room, 1);
        repository.save(message, Optional.empty());

        repository.save(edited(message, "changed"), Optional.empty());
        assertThat(repository.find(room, message.id()).flatMap(Message::content)).contains("changed");

        repository.save(deleted(message), Optional.empty());
        assertThat(repository.find(room, message.id())).hasValueSatisfying(m -> assertThat(m.isDeleted()).isTrue());
    }

    /** A text message whose id no other test uses: a store shared by tests keeps one room per message id. */
    protected static Message uniqueText(RoomId room) {
        MessageId id = MessageId.firstAt(Fixtures.T0.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000_000_000)));
        return Message.restore(new MessageId(id.value() + ThreadLocalRandom.current().nextInt(4096)), room, ALICE,
                MessageType.TEXT, "hello", null, Fixtures.T0, null, null, null, null);
    }

    @Test
    void a_message_is_found_by_its_id_alone_in_its_room() {
        RoomId other = RoomId.random();
        Message here = uniqueText(room);
        Message there = uniqueText(other);
        repository.save(here, Optional.empty());
        repository.save(there, Optional.empty());

        assertThat(repository.find(here.id())).contains(here);
        assertThat(repository.find(there.id())).hasValueSatisfying(m -> assertThat(m.roomId()).isEqualTo(other));
        assertThat(repository.find(uniqueText(room).id())).isEmpty();
    }

    @Test
    void a_message_found_by_its_id_alone_is_its_latest_version_even_deleted() {
        Message message = uniqueText(room);
        repository.save(message, Optional.empty());
        repository.save(edited(message, "changed"), Optional.empty());
        repository.save(deleted(edited(message, "changed")), Optional.empty());

        assertThat(repository.find(message.id())).hasValueSatisfying(m -> {
            assertThat(m.isDeleted()).isTrue();
            assertThat(m.content()).contains("changed");
        });
    }

    @Test
    void a_message_of_a_deleted_room_is_not_found_by_its_id() {
        Message message = uniqueText(room);
        repository.save(message, Optional.empty());

        repository.deleteRoom(room);

        assertThat(repository.find(message.id())).isEmpty();
    }

    @Test
    void the_newest_page_comes_newest_first() {
        saveMessages(5);

        MessagePage page = repository.page(room, HistoryCursor.latest(), 3);

        assertThat(ids(page)).containsExactly(5, 4, 3);
        assertThat(page.hasMore()).isTrue();
        assertThat(repository.page(room, HistoryCursor.latest(), 5).hasMore()).isFalse();
        assertThat(repository.page(room, HistoryCursor.latest(), 10).messages()).hasSize(5);
    }

    @Test
    void an_empty_room_has_an_empty_page() {
        MessagePage page = repository.page(room, HistoryCursor.latest(), 50);

        assertThat(page.messages()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(repository.latest(room)).isEmpty();
    }

    @Test
    void paging_backwards_with_before_visits_every_message_once() {
        saveMessages(250);
        List<Integer> seen = new ArrayList<>();

        MessagePage page = repository.page(room, HistoryCursor.latest(), 40);
        seen.addAll(ids(page));
        while (page.hasMore()) {
            MessageId oldest = page.messages().getLast().id();
            page = repository.page(room, new HistoryCursor.Before(oldest), 40);
            seen.addAll(ids(page));
        }

        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void paging_forwards_with_after_visits_every_message_once() {
        saveMessages(250);
        List<Integer> seen = new ArrayList<>();
        MessageId cursor = Fixtures.id(0);

        MessagePage page;
        do {
            page = repository.page(room, new HistoryCursor.After(cursor), 40);
            List<Integer> chunk = ids(page);
            assertThat(chunk).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            seen.addAll(chunk.reversed());
            if (!page.messages().isEmpty()) {
                cursor = page.messages().getFirst().id();
            }
        } while (page.hasMore());

        assertThat(seen).hasSize(250).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void after_takes_the_messages_just_newer_than_the_cursor() {
        saveMessages(10);

        MessagePage page = repository.page(room, new HistoryCursor.After(Fixtures.id(3)), 2);

        assertThat(ids(page)).containsExactly(5, 4);
        assertThat(page.hasMore()).isTrue();
        assertThat(repository.page(room, new HistoryCursor.After(Fixtures.id(10)), 5).messages()).isEmpty();
    }

    @Test
    void before_takes_the_messages_just_older_than_the_cursor() {
        saveMessages(10);

        MessagePage page = repository.page(room, new HistoryCursor.Before(Fixtures.id(8)), 3);

        assertThat(ids(page)).containsExactly(7, 6, 5);
        assertThat(page.hasMore()).isTrue();
        MessagePage last = repository.page(room, new HistoryCursor.Before(Fixtures.id(3)), 5);
        assertThat(ids(last)).containsExactly(2, 1);
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void soft_deleted_messages_are_left_out_of_pages_without_shortening_them() {
        List<Message> saved = saveMessages(10);
        for (int n : new int[] {9, 8, 5}) {
            repository.save(deleted(saved.get(n - 1)), Optional.empty());
        }

        MessagePage page = repository.page(room, HistoryCursor.latest(), 4);

        assertThat(ids(page)).containsExactly(10, 7, 6, 4);
        assertThat(page.hasMore()).isTrue();
        assertThat(repository.latest(room).map(Message::id)).contains(Fixtures.id(10));
        repository.save(deleted(saved.get(9)), Optional.empty());
        assertThat(repository.latest(room).map(Message::id)).contains(Fixtures.id(7));
    }

    @Test
    void has_more_is_false_when_only_deleted_messages_lie_beyond() {
        List<Message> saved = saveMessages(5);
        repository.save(deleted(saved.get(0)), Optional.empty());
        repository.save(deleted(saved.get(1)), Optional.empty());

        MessagePage page = repository.page(room, HistoryCursor.latest(), 3);

        assertThat(ids(page)).containsExactly(5, 4, 3);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void rooms_do_not_see_each_others_messages() {
        RoomId other = RoomId.random();
        saveMessages(3);
        repository.save(text(other, 7), Optional.empty());

        assertThat(ids(repository.page(other, HistoryCursor.latest(), 10))).containsExactly(7);
        assertThat(ids(repository.page(room, HistoryCursor.latest(), 10))).containsExactly(3, 2, 1);
    }

    @Test
    void unread_counts_skip_the_readers_own_and_deleted_messages_and_stop_at_the_cap() {
        for (int n = 1; n <= 10; n++) {
            repository.save(text(room, n, n % 2 == 0 ? ALICE : BOB, "m" + n), Optional.empty());
        }
        repository.save(deleted(text(room, 9, BOB, "m9")), Optional.empty());

        assertThat(repository.countAfter(room, Optional.empty(), ALICE, 100)).isEqualTo(4);
        assertThat(repository.countAfter(room, Optional.of(Fixtures.id(4)), ALICE, 100)).isEqualTo(2);
        assertThat(repository.countAfter(room, Optional.of(Fixtures.id(10)), ALICE, 100)).isZero();
        assertThat(repository.countAfter(room, Optional.empty(), ALICE, 3)).isEqualTo(3);
    }

    @Test
    void search_finds_visible_messages_by_content_ignoring_case_newest_first() {
        repository.save(text(room, 1, ALICE, "Hello World"), Optional.empty());
        repository.save(text(room, 2, BOB, "nothing here"), Optional.empty());
        repository.save(text(room, 3, BOB, "say HELLO again"), Optional.empty());
        repository.save(deleted(text(room, 4, BOB, "hello deleted")), Optional.empty());
        repository.save(text(room, 5, BOB, "안녕하세요 hello"), Optional.empty());

        assertThat(repository.search(room, "hello", 10)).extracting(Message::id)
                .containsExactly(Fixtures.id(5), Fixtures.id(3), Fixtures.id(1));
        assertThat(repository.search(room, "hello", 2)).hasSize(2);
        assertThat(repository.search(room, "안녕", 10)).extracting(Message::id).containsExactly(Fixtures.id(5));
        assertThat(repository.search(room, "absent", 10)).isEmpty();
    }

    @Test
    void deleting_a_room_forgets_its_messages() {
        saveMessages(3);

        repository.deleteRoom(room);

        assertThat(repository.page(room, HistoryCursor.latest(), 10).messages()).isEmpty();
        assertThat(repository.find(room, Fixtures.id(1))).isEmpty();
    }

    // --- edit history (issue 18) ---------------------------------------------------------------------

    @Test
    void an_edited_message_keeps_its_edit_count_and_its_earlier_versions_oldest_first() {
        Message first = text(room, 1);
        repository.save(first, Optional.empty());
        Message second = edited(first, "second");
        repository.saveRevision(room, first.asRevision(second.editedAt().orElseThrow()), Optional.empty());
        repository.save(second, Optional.empty());
        Message third = edited(second, "third");
        repository.saveRevision(room, second.asRevision(third.editedAt().orElseThrow()), Optional.empty());
        repository.save(third, Optional.empty());

        assertThat(repository.find(room, first.id())).hasValueSatisfying(m -> assertThat(m.editCount()).isEqualTo(2));
        assertThat(repository.revisions(room, first.id())).extracting(MessageRevision::revision, MessageRevision::content)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "message 1"),
                        org.assertj.core.groups.Tuple.tuple(1, "second"));
        assertThat(repository.revisions(room, first.id()).getFirst())
                .isEqualTo(first.asRevision(second.editedAt().orElseThrow()));
    }

    @Test
    void saving_a_revision_twice_keeps_it_once_and_other_messages_have_none() {
        Message first = text(room, 1);
        repository.save(first, Optional.empty());
        MessageRevision revision = first.asRevision(Fixtures.T0.plusSeconds(5));

        repository.saveRevision(room, revision, Optional.empty());
        repository.saveRevision(room, revision, Optional.empty());

        assertThat(repository.revisions(room, first.id())).containsExactly(revision);
        assertThat(repository.revisions(room, Fixtures.id(2))).isEmpty();
        assertThat(repository.revisions(RoomId.random(), first.id())).isEmpty();
    }

    @Test
    void deleting_a_room_forgets_the_earlier_versions_too() {
        Message first = text(room, 1);
        repository.save(first, Optional.empty());
        repository.saveRevision(room, first.asRevision(Fixtures.T0.plusSeconds(5)), Optional.empty());

        repository.deleteRoom(room);

        assertThat(repository.revisions(room, first.id())).isEmpty();
    }

    // --- threads (issue 18) ---------------------------------------------------------------------------

    protected Message replyTo(Message parent, int n) {
        Message reply = text(room, n).asReplyTo(parent);
        repository.save(reply, Optional.empty());
        return reply;
    }

    @Test
    void a_reply_is_stored_with_its_parent_and_paged_oldest_first_from_the_newest() {
        Message parent = saveMessages(1).getFirst();
        List<Message> replies = new ArrayList<>();
        for (int n = 2; n <= 6; n++) {
            replies.add(replyTo(parent, n));
        }
        repository.save(text(room, 7), Optional.empty());

        MessagePage newest = repository.replies(room, parent.id(), Optional.empty(), 3);
        MessagePage older = repository.replies(room, parent.id(), Optional.of(newest.messages().getFirst().id()), 3);

        assertThat(repository.find(room, replies.getFirst().id())).contains(replies.getFirst());
        assertThat(ids(newest)).containsExactly(4, 5, 6);
        assertThat(newest.hasMore()).isTrue();
        assertThat(ids(older)).containsExactly(2, 3);
        assertThat(older.hasMore()).isFalse();
        assertThat(repository.replies(room, Fixtures.id(7), Optional.empty(), 10).messages()).isEmpty();
    }

    @Test
    void reply_counts_count_visible_replies_and_leave_out_messages_without_any() {
        List<Message> parents = saveMessages(2);
        Message first = replyTo(parents.get(0), 3);
        replyTo(parents.get(0), 4);
        replyTo(parents.get(0), 5);

        repository.save(deleted(first), Optional.empty());

        assertThat(repository.replyCounts(room, List.of(parents.get(0).id(), parents.get(1).id())))
                .containsExactly(java.util.Map.entry(parents.get(0).id(), 2));
        assertThat(ids(repository.replies(room, parents.get(0).id(), Optional.empty(), 10))).containsExactly(4, 5);
        assertThat(repository.replyCounts(room, List.of())).isEmpty();
        assertThat(repository.replyCounts(RoomId.random(), List.of(parents.get(0).id()))).isEmpty();
    }

    @Test
    void an_edited_reply_stays_one_reply() {
        Message parent = saveMessages(1).getFirst();
        Message reply = replyTo(parent, 2);

        repository.save(edited(reply, "changed"), Optional.empty());

        assertThat(repository.replyCounts(room, List.of(parent.id()))).containsEntry(parent.id(), 1);
        assertThat(repository.replies(room, parent.id(), Optional.empty(), 10).messages())
                .singleElement().satisfies(m -> assertThat(m.replyTo()).isEqualTo(reply.replyTo()));
    }

    @Test
    void deleting_a_room_forgets_its_threads() {
        Message parent = saveMessages(1).getFirst();
        replyTo(parent, 2);

        repository.deleteRoom(room);

        assertThat(repository.replyCounts(room, List.of(parent.id()))).isEmpty();
        assertThat(repository.replies(room, parent.id(), Optional.empty(), 10).messages()).isEmpty();
    }

    // --- mentions (issue 18) --------------------------------------------------------------------------

    @Test
    void a_message_keeps_whom_it_mentions_and_unread_mentions_are_counted_after_the_marker() {
        Message plain = text(room, 1);
        Message toBob = text(room, 2).mentioning(List.of(BOB));
        Message toBoth = text(room, 3).mentioning(List.of(BOB, ALICE));
        Message deletedToBob = text(room, 4).mentioning(List.of(BOB));
        for (Message m : List.of(plain, toBob, toBoth, deletedToBob)) {
            repository.save(m, Optional.empty());
        }
        repository.save(deleted(deletedToBob), Optional.empty());

        assertThat(repository.find(room, toBoth.id())).hasValueSatisfying(m ->
                assertThat(m.mentions()).containsExactly(BOB, ALICE));
        assertThat(repository.find(room, plain.id())).hasValueSatisfying(m -> assertThat(m.mentions()).isEmpty());
        assertThat(repository.countMentionsAfter(room, Optional.empty(), BOB, 100)).isEqualTo(2);
        assertThat(repository.countMentionsAfter(room, Optional.of(toBob.id()), BOB, 100)).isEqualTo(1);
        assertThat(repository.countMentionsAfter(room, Optional.empty(), BOB, 1)).isEqualTo(1);
        assertThat(repository.countMentionsAfter(room, Optional.empty(), io.doran.chat.domain.shared.UserId.of("eve"), 100))
                .isZero();
    }

    protected static List<Integer> ids(MessagePage page) {
        List<Integer> ids = new ArrayList<>();
        Set<Long> unique = new HashSet<>();
        for (Message message : page.messages()) {
            unique.add(message.id().value());
            ids.add((int) java.time.Duration.between(Fixtures.T0, message.id().timestamp()).toMillis());
        }
        assertThat(unique).hasSameSizeAs(ids);
        return ids;
    }
}
