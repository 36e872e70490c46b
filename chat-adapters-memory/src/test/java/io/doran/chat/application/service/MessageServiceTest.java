package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.DAVE;
import static io.doran.chat.application.service.ChatHarness.id;
import static io.doran.chat.application.service.RoomServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.in.CreateRoomUseCase;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.HistoryPage;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.ReactionsView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MessageServiceTest {

    final ChatHarness chat = new ChatHarness();
    final RoomView room = chat.room(ALICE, BOB);

    HistoryPage history(UserId viewer, Optional<MessageId> before, Optional<MessageId> after, int limit) {
        return chat.messageService.history(new GetHistoryUseCase.Query(Optional.ofNullable(viewer), id(room), before,
                after, limit));
    }

    SendMessageUseCase.Command command(UserId sender, String type, String content, String imageUrl, String clientId) {
        return new SendMessageUseCase.Command(sender, id(room), type, content, imageUrl,
                Optional.ofNullable(clientId).map(ClientMessageId::new));
    }

    @Test
    void a_sent_message_is_stored_and_returned_with_the_authors_name_and_broadcast_with_their_email_too() {
        chat.directory.remember(new UserProfile(BOB, Optional.of("김철수"), Optional.of("bob@example.com"), Optional.empty()));
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(room), heard::add);

        MessageView sent = chat.messageService.send(command(BOB, null, " 안녕하세요 ", null, "c-1"));

        assertThat(sent.content()).isEqualTo("안녕하세요");
        assertThat(sent.messageType()).isEqualTo("text");
        assertThat(sent.displayName()).isEqualTo("김철수");
        assertThat(sent.nicknameMask()).isEqualTo("김**");
        assertThat(sent.clientMessageId()).isEqualTo("c-1");
        assertThat(heard).singleElement()
                .satisfies(broadcast -> assertThat(LiveUpdates.of(broadcast)).contains(new LiveUpdate.NewMessage(sent, "bob@example.com", null)));
        assertThat(history(ALICE, Optional.empty(), Optional.empty(), 50).messages()).containsExactly(sent);
    }

    @Test
    void every_message_type_can_be_sent() {
        MessageView image = chat.messageService.send(command(ALICE, "image", "caption", "https://cdn.x.io/a.png", null));
        MessageView emoji = chat.messageService.send(command(ALICE, "emoji", "👍", null, null));

        assertThat(image.imageUrl()).isEqualTo("https://cdn.x.io/a.png");
        assertThat(image.content()).isEqualTo("caption");
        assertThat(emoji.messageType()).isEqualTo("emoji");
        refused(ErrorCode.INVALID_MESSAGE_TYPE, () -> chat.messageService.send(command(ALICE, "video", "x", null, null)));
        refused(ErrorCode.INVALID_IMAGE_URL, () -> chat.messageService.send(command(ALICE, "image", null, "ftp://x", null)));
        refused(ErrorCode.EMPTY_CONTENT, () -> chat.messageService.send(command(ALICE, "text", "  ", null, null)));
        refused(ErrorCode.MESSAGE_TOO_LONG, () -> chat.messageService.send(command(ALICE, "text", "x".repeat(1001), null, null)));
    }

    @Test
    void outsiders_and_missing_rooms_are_refused() {
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.messageService.send(command(CAROL, null, "hi", null, null)));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> chat.messageService.send(new SendMessageUseCase.Command(ALICE,
                io.doran.chat.domain.shared.RoomId.random(), null, "hi", null, Optional.empty())));
    }

    @Test
    void a_repeated_client_message_id_returns_the_first_message_without_storing_another() {
        MessageView first = chat.messageService.send(command(ALICE, null, "once", null, "retry-1"));
        MessageView again = chat.messageService.send(command(ALICE, null, "once", null, "retry-1"));

        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(history(ALICE, Optional.empty(), Optional.empty(), 50).messages()).hasSize(1);
        chat.clock.advance(Duration.ofHours(25));
        assertThat(chat.messageService.send(command(ALICE, null, "once", null, "retry-1")).messageId())
                .isNotEqualTo(first.messageId());
    }

    @Test
    void a_retry_after_a_write_that_landed_unanswered_gets_the_stored_message_not_a_second_one() {
        chat.messages.lostAnswers.set(1);
        refused(ErrorCode.UNAVAILABLE, () -> chat.messageService.send(command(ALICE, null, "once", null, "timeout-1")));

        MessageView again = chat.messageService.send(command(ALICE, null, "once", null, "timeout-1"));

        assertThat(history(ALICE, Optional.empty(), Optional.empty(), 50).messages()).singleElement()
                .satisfies(stored -> assertThat(stored.messageId()).isEqualTo(again.messageId()));
    }

    @Test
    void a_retry_after_a_write_that_never_landed_is_stored_once_the_first_sends_reservation_lapsed() {
        chat.messages.refusedWrites.set(1);
        refused(ErrorCode.UNAVAILABLE, () -> chat.messageService.send(command(ALICE, null, "once", null, "timeout-2")));
        refused(ErrorCode.UNAVAILABLE, () -> chat.messageService.send(command(ALICE, null, "once", null, "timeout-2")));

        chat.clock.advance(MessageSequencer.LAPSE);
        MessageView stored = chat.messageService.send(command(ALICE, null, "once", null, "timeout-2"));
        MessageView again = chat.messageService.send(command(ALICE, null, "once", null, "timeout-2"));

        assertThat(again.messageId()).isEqualTo(stored.messageId());
        assertThat(history(ALICE, Optional.empty(), Optional.empty(), 50).messages()).containsExactly(stored);
    }

    @Test
    void a_system_notice_posted_again_under_its_client_message_id_is_stored_once() {
        chat.messages.lostAnswers.set(1);
        Optional<ClientMessageId> delivery = Optional.of(new ClientMessageId("room-events:1"));
        refused(ErrorCode.UNAVAILABLE, () -> chat.messageService.post(id(room), Optional.empty(), "system", "notice",
                null, delivery));

        MessageView again = chat.messageService.post(id(room), Optional.empty(), "system", "notice", null, delivery);

        assertThat(again.clientMessageId()).isEqualTo("room-events:1");
        assertThat(history(ALICE, Optional.empty(), Optional.empty(), 50).messages()).singleElement()
                .satisfies(stored -> assertThat(stored.messageId()).isEqualTo(again.messageId()));
    }

    @Test
    void the_same_client_message_id_of_another_user_is_another_message() {
        MessageView alice = chat.messageService.send(command(ALICE, null, "a", null, "same"));
        MessageView bob = chat.messageService.send(command(BOB, null, "b", null, "same"));

        assertThat(bob.messageId()).isNotEqualTo(alice.messageId());
    }

    @Test
    void sends_are_rate_limited_per_user_with_when_to_retry() {
        for (int i = 0; i < 30; i++) {
            chat.messageService.send(command(ALICE, null, "m" + i, null, null));
        }

        assertThatThrownBy(() -> chat.messageService.send(command(ALICE, null, "too many", null, null)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2)));
        chat.messageService.send(command(BOB, null, "bob is fine", null, null));
        chat.clock.advance(Duration.ofSeconds(2));
        chat.messageService.send(command(ALICE, null, "again", null, null));
        assertThat(history(ALICE, Optional.empty(), Optional.empty(), 100).messages()).hasSize(32);
    }

    @Test
    void inactive_users_read_but_do_not_send_and_suspended_users_do_neither() {
        chat.statuses.set(BOB, UserStatus.INACTIVE);
        refused(ErrorCode.USER_INACTIVE, () -> chat.messageService.send(command(BOB, null, "hi", null, null)));
        chat.statuses.set(BOB, UserStatus.SUSPENDED);
        refused(ErrorCode.USER_SUSPENDED, () -> chat.messageService.send(command(BOB, null, "hi", null, null)));
    }

    @Test
    void an_expired_room_refuses_sends() {
        RoomView flash = chat.roomService.create(new CreateRoomUseCase.Command(ALICE, new RoomName("flash"), List.of(BOB),
                Optional.empty(), Visibility.PRIVATE, Optional.of(Duration.ofHours(1))));
        chat.clock.advance(Duration.ofHours(1));

        refused(ErrorCode.ROOM_EXPIRED, () -> chat.messageService.send(new SendMessageUseCase.Command(ALICE, id(flash),
                null, "late", null, Optional.empty())));
    }

    @Test
    void history_pages_through_250_messages_both_ways_without_gaps_or_duplicates() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            sent.add(chat.send(i % 2 == 0 ? ALICE : BOB, room, "m" + i).messageId());
            if (i % 30 == 29) {
                chat.clock.advance(Duration.ofMinutes(1));
            }
        }
        List<String> backwards = new ArrayList<>();
        HistoryPage page = history(ALICE, Optional.empty(), Optional.empty(), 100);
        backwards.addAll(page.messages().stream().map(MessageView::messageId).toList());
        while (page.hasMore()) {
            page = history(ALICE, Optional.of(MessageId.parse(backwards.getLast())), Optional.empty(), 100);
            backwards.addAll(page.messages().stream().map(MessageView::messageId).toList());
        }
        List<String> forwards = new ArrayList<>();
        MessageId cursor = MessageId.parse(sent.getFirst());
        forwards.add(sent.getFirst());
        do {
            page = history(ALICE, Optional.empty(), Optional.of(cursor), 7);
            List<String> chunk = page.messages().stream().map(MessageView::messageId).toList().reversed();
            forwards.addAll(chunk);
            if (!chunk.isEmpty()) {
                cursor = MessageId.parse(chunk.getLast());
            }
        } while (page.hasMore());

        assertThat(backwards).containsExactlyElementsOf(sent.reversed());
        assertThat(forwards).containsExactlyElementsOf(sent);
    }

    @Test
    void the_first_page_comes_from_the_cache_and_stays_right_after_edits_and_deletes() {
        List<MessageView> sent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sent.add(chat.send(ALICE, room, "m" + i));
        }
        HistoryPage cold = history(BOB, Optional.empty(), Optional.empty(), 20);
        assertThat(chat.recent.get(id(room))).isPresent();

        chat.messageService.edit(ALICE, id(room), MessageId.parse(sent.get(24).messageId()), "edited");
        chat.messageService.delete(ALICE, id(room), MessageId.parse(sent.get(23).messageId()));
        MessageView latest = chat.send(BOB, room, "newest");
        HistoryPage warm = history(BOB, Optional.empty(), Optional.empty(), 20);

        assertThat(cold.messages()).hasSize(20);
        assertThat(cold.hasMore()).isTrue();
        assertThat(warm.messages().getFirst().messageId()).isEqualTo(latest.messageId());
        assertThat(warm.messages().get(1).content()).isEqualTo("edited");
        assertThat(warm.messages()).extracting(MessageView::messageId).doesNotContain(sent.get(23).messageId());
        assertThat(warm.messages()).hasSize(20);
        assertThat(warm.hasMore()).isTrue();
        HistoryPage small = history(BOB, Optional.empty(), Optional.empty(), 5);
        assertThat(small.messages()).extracting(MessageView::messageId)
                .containsExactlyElementsOf(warm.messages().subList(0, 5).stream().map(MessageView::messageId).toList());
        assertThat(small.hasMore()).isTrue();
    }

    @Test
    void a_short_room_is_served_whole_without_has_more() {
        chat.send(ALICE, room, "one");
        chat.send(ALICE, room, "two");

        HistoryPage first = history(ALICE, Optional.empty(), Optional.empty(), 50);
        HistoryPage second = history(ALICE, Optional.empty(), Optional.empty(), 50);

        assertThat(first.messages()).extracting(MessageView::content).containsExactly("two", "one");
        assertThat(first.hasMore()).isFalse();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void public_rooms_are_readable_without_a_token_and_private_ones_are_not() {
        RoomView lobby = chat.publicRoom(ALICE);
        chat.send(ALICE, lobby, "welcome");

        HistoryPage anonymous = chat.messageService.history(new GetHistoryUseCase.Query(Optional.empty(), id(lobby),
                Optional.empty(), Optional.empty(), 10));

        assertThat(anonymous.messages()).extracting(MessageView::content).containsExactly("welcome");
        refused(ErrorCode.UNAUTHORIZED, () -> history(null, Optional.empty(), Optional.empty(), 10));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> history(DAVE, Optional.empty(), Optional.empty(), 10));
    }

    @Test
    void only_the_author_edits_and_the_edit_is_dated() {
        MessageView sent = chat.send(BOB, room, "helo");
        chat.clock.advance(Duration.ofSeconds(5));

        MessageView edited = chat.messageService.edit(BOB, id(room), MessageId.parse(sent.messageId()), "hello");

        assertThat(edited.content()).isEqualTo("hello");
        assertThat(edited.editedAt()).isEqualTo(chat.clock.instant());
        refused(ErrorCode.FORBIDDEN, () -> chat.messageService.edit(ALICE, id(room), MessageId.parse(sent.messageId()), "x"));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> chat.messageService.edit(BOB, id(room), new MessageId(12345), "x"));
        refused(ErrorCode.MESSAGE_TOO_LONG, () -> chat.messageService.edit(BOB, id(room),
                MessageId.parse(sent.messageId()), "x".repeat(1001)));
    }

    @Test
    void deleting_hides_a_message_and_only_the_author_or_a_moderator_may() {
        RoomView group = chat.room(ALICE, BOB, CAROL);
        MessageView byBob = chat.send(BOB, group, "oops");
        MessageView byCarol = chat.send(CAROL, group, "spam");

        refused(ErrorCode.FORBIDDEN, () -> chat.messageService.delete(CAROL, id(group), MessageId.parse(byBob.messageId())));
        chat.messageService.delete(BOB, id(group), MessageId.parse(byBob.messageId()));
        chat.messageService.delete(ALICE, id(group), MessageId.parse(byCarol.messageId()));

        assertThat(chat.messageService.history(new GetHistoryUseCase.Query(Optional.of(ALICE), id(group),
                Optional.empty(), Optional.empty(), 50)).messages()).isEmpty();
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> chat.messageService.delete(BOB, id(group), MessageId.parse(byBob.messageId())));
        assertThat(chat.messages.find(id(group), MessageId.parse(byBob.messageId()))).isPresent();
    }

    @Test
    void a_message_is_deleted_by_its_id_alone_with_the_same_rules() {
        RoomView group = chat.room(ALICE, BOB, CAROL);
        MessageId byBob = MessageId.parse(chat.send(BOB, group, "oops").messageId());
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(group), heard::add);

        refused(ErrorCode.FORBIDDEN, () -> chat.messageService.delete(CAROL, byBob));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.messageService.delete(DAVE, byBob));
        chat.messageService.delete(BOB, byBob);

        assertThat(heard).singleElement().satisfies(b -> assertThat(b.event()).isInstanceOf(MessageDeleted.class));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> chat.messageService.delete(BOB, byBob));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> chat.messageService.delete(BOB, new MessageId(12345)));
    }

    @Test
    void reactions_are_counted_once_per_user_and_kind() {
        MessageView sent = chat.send(ALICE, room, "react to me");
        MessageId messageId = MessageId.parse(sent.messageId());

        chat.messageService.react(BOB, id(room), messageId, "like", true);
        ReactionsView twice = chat.messageService.react(BOB, id(room), messageId, "like", true);
        ReactionsView alice = chat.messageService.react(ALICE, id(room), messageId, "love", true);

        assertThat(twice.reactions()).containsEntry("like", 1L);
        assertThat(twice.myReactions()).containsExactly("like");
        assertThat(alice.reactions()).containsEntry("like", 1L).containsEntry("love", 1L);
        assertThat(alice.myReactions()).containsExactly("love");
        ReactionsView removed = chat.messageService.react(BOB, id(room), messageId, "like", false);
        assertThat(removed.reactions()).doesNotContainKey("like");
        MessageView seenByAlice = history(ALICE, Optional.empty(), Optional.empty(), 1).messages().getFirst();
        assertThat(seenByAlice.reactions()).containsEntry("love", 1L);
        assertThat(seenByAlice.myReactions()).containsExactly("love");
        refused(ErrorCode.INVALID_REACTION, () -> chat.messageService.react(BOB, id(room), messageId, "wow", true));
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.messageService.react(CAROL, id(room), messageId, "like", true));
    }

    @Test
    void edits_deletions_reactions_and_reads_each_have_their_own_rate_limit() {
        MessageView own = chat.send(BOB, room, "mine");
        MessageId messageId = MessageId.parse(own.messageId());
        ActionLimits limits = ChatSettings.defaults().limits();

        for (long i = 0; i < limits.edits().capacity(); i++) {
            chat.messageService.edit(BOB, id(room), messageId, "edit " + i);
        }
        for (long i = 0; i < limits.reactions().capacity(); i++) {
            chat.messageService.react(BOB, id(room), messageId, "like", i % 2 == 0);
        }
        for (long i = 0; i < limits.reads().capacity(); i++) {
            chat.messageService.markRead(BOB, id(room), messageId);
        }

        refused(ErrorCode.RATE_LIMITED, () -> chat.messageService.edit(BOB, id(room), messageId, "one more"));
        refused(ErrorCode.RATE_LIMITED, () -> chat.messageService.delete(BOB, id(room), messageId));
        refused(ErrorCode.RATE_LIMITED, () -> chat.messageService.react(BOB, id(room), messageId, "love", true));
        refused(ErrorCode.RATE_LIMITED, () -> chat.messageService.markRead(BOB, id(room), messageId));
        assertThat(chat.messageService.react(ALICE, id(room), messageId, "love", true).reactions())
                .as("another user has buckets of their own").containsEntry("love", 1L);
    }

    @Test
    void read_markers_move_forward_only() {
        MessageView one = chat.send(BOB, room, "1");
        MessageView two = chat.send(BOB, room, "2");

        assertThat(chat.messageService.markRead(ALICE, id(room), MessageId.parse(two.messageId()))).isZero();
        assertThat(chat.messageService.markRead(ALICE, id(room), MessageId.parse(one.messageId()))).isZero();
        assertThat(chat.readMarkers.find(id(room), ALICE).orElseThrow().lastRead().asString()).isEqualTo(two.messageId());
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.messageService.markRead(CAROL, id(room), MessageId.parse(one.messageId())));
    }

    @Test
    void search_finds_messages_of_readable_rooms() {
        chat.send(ALICE, room, "meet at noon");
        chat.send(BOB, room, "lunch?");
        chat.send(BOB, room, "Noon works");

        List<MessageView> found = chat.messageService.search(Optional.of(ALICE), id(room), "noon", 10);

        assertThat(found).extracting(MessageView::content).containsExactly("Noon works", "meet at noon");
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.messageService.search(Optional.of(DAVE), id(room), "noon", 10));
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.messageService.search(Optional.of(ALICE), id(room), " ", 10));
        refused(ErrorCode.LIMIT_TOO_LARGE, () -> chat.messageService.search(Optional.of(ALICE), id(room), "x", 51));
    }

    @Test
    void services_post_system_notices_and_messages_on_a_users_behalf() {
        MessageView notice = chat.messageService.post(id(room), Optional.empty(), null, "maintenance at 10", null,
                Optional.empty());
        MessageView onBehalf = chat.messageService.post(id(room), Optional.of(BOB), "text", "from the app", null,
                Optional.empty());

        assertThat(notice.messageType()).isEqualTo("system");
        assertThat(notice.userId()).isEqualTo("system");
        assertThat(onBehalf.userId()).isEqualTo("bob");
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> chat.messageService.post(id(room), Optional.of(DAVE), "text", "x",
                null, Optional.empty()));
    }
}
