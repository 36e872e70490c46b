package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.id;
import static io.doran.chat.application.service.RoomServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.GetRepliesUseCase;
import io.doran.chat.application.port.in.HistoryPage;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.Pin;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Issue 18's use cases on the memory adapters: edit history, threads of replies and pins. */
class ThreadsServiceTest {

    final ChatHarness chat = new ChatHarness();
    final RoomView room = chat.room(ALICE, BOB, CAROL);

    MessageView send(UserId sender, String text, Optional<String> replyTo) {
        return chat.messageService.send(new SendMessageUseCase.Command(sender, id(room), "text", text, null,
                Optional.empty(), replyTo.map(MessageId::parse)));
    }

    HistoryPage replies(String parent, Optional<String> before, int limit) {
        return chat.messageService.replies(new GetRepliesUseCase.RepliesQuery(Optional.of(BOB), id(room),
                MessageId.parse(parent), before.map(MessageId::parse), limit));
    }

    @Test
    void a_reply_carries_its_parent_and_the_parent_its_reply_count_heard_live() {
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(room), heard::add);
        MessageView parent = send(ALICE, "question", Optional.empty());

        MessageView reply = send(BOB, "answer", Optional.of(parent.messageId()));

        assertThat(reply.replyTo().messageId()).isEqualTo(parent.messageId());
        assertThat(reply.replyTo().userId()).isEqualTo(ALICE.value());
        assertThat(reply.replyTo().excerpt()).isEqualTo("question");
        assertThat(heard).extracting(b -> LiveUpdates.of(b).orElseThrow()).last()
                .isEqualTo(new LiveUpdate.ReplyCountChanged(parent.roomId(), parent.messageId(), 1));
        MessageView shownParent = history().messages().stream()
                .filter(m -> m.messageId().equals(parent.messageId())).findFirst().orElseThrow();
        assertThat(shownParent.replyCount()).isEqualTo(1);
        assertThat(shownParent.replyTo()).isNull();
    }

    @Test
    void replies_page_oldest_first_and_a_deleted_reply_lowers_the_count() {
        MessageView parent = send(ALICE, "question", Optional.empty());
        MessageView first = send(BOB, "one", Optional.of(parent.messageId()));
        send(CAROL, "two", Optional.of(parent.messageId()));
        send(BOB, "three", Optional.of(parent.messageId()));
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(room), heard::add);

        HistoryPage newest = replies(parent.messageId(), Optional.empty(), 2);
        HistoryPage older = replies(parent.messageId(), Optional.of(newest.messages().getFirst().messageId()), 2);
        chat.messageService.delete(BOB, id(room), MessageId.parse(first.messageId()));

        assertThat(newest.messages()).extracting(MessageView::content).containsExactly("two", "three");
        assertThat(newest.hasMore()).isTrue();
        assertThat(older.messages()).extracting(MessageView::content).containsExactly("one");
        assertThat(heard).extracting(b -> LiveUpdates.of(b).orElseThrow())
                .contains(new LiveUpdate.ReplyCountChanged(parent.roomId(), parent.messageId(), 2));
    }

    @Test
    void a_reply_to_a_deleted_parent_shows_no_excerpt_and_a_deleted_parent_takes_no_reply() {
        MessageView parent = send(ALICE, "question", Optional.empty());
        MessageView reply = send(BOB, "answer", Optional.of(parent.messageId()));

        chat.messageService.delete(ALICE, id(room), MessageId.parse(parent.messageId()));

        MessageView shown = history().messages().stream()
                .filter(m -> m.messageId().equals(reply.messageId())).findFirst().orElseThrow();
        assertThat(shown.replyTo().messageId()).isEqualTo(parent.messageId());
        assertThat(shown.replyTo().excerpt()).isNull();
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> send(CAROL, "late", Optional.of(parent.messageId())));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> replies(parent.messageId(), Optional.empty(), 10));
    }

    @Test
    void the_edit_history_lists_earlier_versions_for_the_author_and_admins_only() {
        MessageView sent = send(BOB, "first", Optional.empty());
        MessageId id = MessageId.parse(sent.messageId());
        chat.messageService.edit(BOB, id(room), id, "second");

        assertThat(chat.messageService.edits(BOB, id(room), id).edits()).singleElement()
                .satisfies(edit -> assertThat(edit.content()).isEqualTo("first"));
        assertThat(chat.messageService.edits(ALICE, id(room), id).editCount()).isEqualTo(1);
        refused(ErrorCode.FORBIDDEN, () -> chat.messageService.edits(CAROL, id(room), id));
    }

    // --- pins --------------------------------------------------------------------------------------

    final PinService pins = new PinService(chat.rooms, chat.messages, chat.pins, chat.reactions, chat.roomEvents,
            chat.directory, chat.clock);

    @Test
    void an_admin_pins_once_the_room_hears_it_once_and_a_member_may_not_pin() {
        List<RoomBroadcast> heard = new CopyOnWriteArrayList<>();
        chat.roomEvents.subscribe(id(room), heard::add);
        MessageView sent = send(CAROL, "pin me", Optional.empty());
        MessageId id = MessageId.parse(sent.messageId());

        pins.pin(ALICE, id(room), id);
        pins.pin(ALICE, id(room), id);
        refused(ErrorCode.FORBIDDEN, () -> pins.pin(CAROL, id(room), id));

        assertThat(pins.pins(Optional.of(CAROL), id(room))).singleElement().satisfies(pin -> {
            assertThat(pin.message().content()).isEqualTo("pin me");
            assertThat(pin.pinnedBy()).isEqualTo(ALICE.value());
        });
        assertThat(heard).extracting(b -> LiveUpdates.of(b).orElseThrow())
                .filteredOn(LiveUpdate.MessagePinned.class::isInstance).hasSize(1);
        pins.unpin(ALICE, id(room), id);
        pins.unpin(ALICE, id(room), id);
        assertThat(heard).extracting(b -> LiveUpdates.of(b).orElseThrow())
                .filteredOn(LiveUpdate.MessageUnpinned.class::isInstance).hasSize(1);
        assertThat(pins.pins(Optional.of(CAROL), id(room))).isEmpty();
    }

    @Test
    void a_pin_that_races_another_for_the_last_place_gives_it_back() {
        for (int i = 0; i < ChatRoom.MAX_PINS - 1; i++) {
            chat.pins.add(new Pin(id(room), new MessageId(1_000 + i), ALICE, java.time.Instant.EPOCH));
        }
        MessageId mine = MessageId.parse(send(CAROL, "pin me", Optional.empty()).messageId());
        PinRepository racing = new PinRepository() {
            @Override
            public boolean add(Pin pin) {
                chat.pins.add(new Pin(id(room), new MessageId(999), BOB, pin.pinnedAt()));
                return chat.pins.add(pin);
            }

            @Override
            public boolean remove(io.doran.chat.domain.shared.RoomId roomId, MessageId messageId) {
                return chat.pins.remove(roomId, messageId);
            }

            @Override
            public List<Pin> list(io.doran.chat.domain.shared.RoomId roomId) {
                return chat.pins.list(roomId);
            }

            @Override
            public int count(io.doran.chat.domain.shared.RoomId roomId) {
                return chat.pins.count(roomId);
            }

            @Override
            public void deleteRoom(io.doran.chat.domain.shared.RoomId roomId) {
                chat.pins.deleteRoom(roomId);
            }
        };
        PinService racingPins = new PinService(chat.rooms, chat.messages, racing, chat.reactions, chat.roomEvents,
                chat.directory, chat.clock);

        refused(ErrorCode.PIN_LIMIT_REACHED, () -> racingPins.pin(ALICE, id(room), mine));

        assertThat(chat.pins.count(id(room))).isEqualTo(ChatRoom.MAX_PINS);
        assertThat(chat.pins.list(id(room))).noneMatch(pin -> pin.messageId().equals(mine));
    }

    @Test
    void a_deleted_room_takes_its_pins_with_it() {
        MessageView sent = send(CAROL, "pin me", Optional.empty());
        pins.pin(ALICE, id(room), MessageId.parse(sent.messageId()));

        chat.roomService.delete(ALICE, id(room));

        assertThat(chat.pins.list(id(room))).isEmpty();
    }

    @Test
    void strangers_read_no_pins() {
        refused(ErrorCode.NOT_A_PARTICIPANT, () -> pins.pins(Optional.of(ChatHarness.DAVE), id(room)));
    }

    HistoryPage history() {
        return chat.messageService.history(new GetHistoryUseCase.Query(Optional.of(BOB), id(room), Optional.empty(),
                Optional.empty(), 50));
    }

    // --- mentions ----------------------------------------------------------------------------------

    @Test
    void a_mention_notifies_the_mentioned_and_counts_until_they_read() {
        List<io.doran.chat.domain.event.UserEvent> toCarol = new CopyOnWriteArrayList<>();
        chat.userEvents.subscribe(CAROL, toCarol::add);

        MessageView sent = send(BOB, "@carol lunch? @dave", Optional.empty());

        assertThat(sent.mentions()).containsExactly(CAROL.value());
        assertThat(toCarol).singleElement().isInstanceOfSatisfying(io.doran.chat.domain.event.NotificationPushed.class, n -> {
            assertThat(n.type()).isEqualTo("mention");
            assertThat(n.roomId()).isEqualTo(id(room));
            assertThat(n.messageId()).isEqualTo(MessageId.parse(sent.messageId()));
            assertThat(n.message()).contains("@carol lunch?");
            assertThat(n.link()).isEqualTo("/#" + room.roomId());
        });
        assertThat(mentionCount(CAROL)).isEqualTo(1);
        chat.messageService.markRead(CAROL, id(room), MessageId.parse(sent.messageId()));
        assertThat(mentionCount(CAROL)).isZero();
    }

    int mentionCount(io.doran.chat.domain.shared.UserId user) {
        return chat.roomService.listRooms(user).stream().filter(r -> r.roomId().equals(room.roomId()))
                .findFirst().orElseThrow().mentionCount();
    }
}
