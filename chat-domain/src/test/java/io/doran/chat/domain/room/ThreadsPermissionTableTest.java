package io.doran.chat.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rows the permission table gained with threads, pins and edit history (issue 18), asked of the aggregate
 * itself: in a room with an admin (ALICE), a sub-admin (SUB) and a member (MEM), an actor with each role tries
 * each action.
 */
class ThreadsPermissionTableTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ALICE = UserId.of("alice");
    static final UserId ACTOR = UserId.of("actor");
    static final UserId SUB = UserId.of("sub");
    static final UserId MEM = UserId.of("mem");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    enum Action {
        VIEW_OWN_EDIT_HISTORY((room, actor) -> room.requireMayViewEditHistory(actor, post(room, actor))),
        VIEW_MEMBERS_EDIT_HISTORY((room, actor) -> room.requireMayViewEditHistory(actor, post(room, MEM))),
        VIEW_ADMINS_EDIT_HISTORY((room, actor) -> room.requireMayViewEditHistory(actor, post(room, ALICE))),
        PIN((room, actor) -> room.pin(actor, post(room, MEM), 0, T0)),
        UNPIN((room, actor) -> room.unpin(actor, new MessageId(42), T0));

        final BiConsumer<ChatRoom, UserId> attempt;

        Action(BiConsumer<ChatRoom, UserId> attempt) {
            this.attempt = attempt;
        }

        static Message post(ChatRoom room, UserId author) {
            return room.post(author, POLICY.body("text", "hi", null), new MessageId(42), null, T0);
        }
    }

    static ChatRoom roomWithActorAs(Role role) {
        ChatRoom room = ChatRoom.create(RoomId.random(), ALICE, new RoomName("table"), List.of(ACTOR, SUB, MEM),
                Visibility.PRIVATE, null, null, T0);
        room.changeRole(ALICE, SUB, Role.SUB_ADMIN, T0);
        room.changeRole(ALICE, ACTOR, role, T0);
        return room;
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
            "ADMIN,     VIEW_OWN_EDIT_HISTORY,     true",
            "SUB_ADMIN, VIEW_OWN_EDIT_HISTORY,     true",
            "MEMBER,    VIEW_OWN_EDIT_HISTORY,     true",
            "ADMIN,     VIEW_MEMBERS_EDIT_HISTORY, true",
            "SUB_ADMIN, VIEW_MEMBERS_EDIT_HISTORY, false",
            "MEMBER,    VIEW_MEMBERS_EDIT_HISTORY, false",
            "ADMIN,     VIEW_ADMINS_EDIT_HISTORY,  true",
            "SUB_ADMIN, VIEW_ADMINS_EDIT_HISTORY,  false",
            "MEMBER,    VIEW_ADMINS_EDIT_HISTORY,  false",
            "ADMIN,     PIN,                       true",
            "SUB_ADMIN, PIN,                       true",
            "MEMBER,    PIN,                       false",
            "ADMIN,     UNPIN,                     true",
            "SUB_ADMIN, UNPIN,                     true",
            "MEMBER,    UNPIN,                     false",
    })
    void in_a_room_with_an_admin(Role role, Action action, boolean allowed) {
        ChatRoom room = roomWithActorAs(role);

        if (allowed) {
            assertThatCode(() -> action.attempt.accept(room, ACTOR)).doesNotThrowAnyException();
        } else {
            assertThatCode(() -> action.attempt.accept(room, ACTOR)).isInstanceOfSatisfying(ChatException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
    }

    @ParameterizedTest(name = "{0} {1} with admin={2}: {3}")
    @CsvSource({
            "ADMIN,     VIEW_OTHERS_EDIT_HISTORY, true,  true",
            "SUB_ADMIN, VIEW_OTHERS_EDIT_HISTORY, true,  false",
            "MEMBER,    VIEW_OTHERS_EDIT_HISTORY, true,  false",
            "MEMBER,    VIEW_OTHERS_EDIT_HISTORY, false, false",
            "ADMIN,     PIN_MESSAGE,              true,  true",
            "SUB_ADMIN, PIN_MESSAGE,              true,  true",
            "MEMBER,    PIN_MESSAGE,              true,  false",
            "MEMBER,    PIN_MESSAGE,              false, true",
            "ADMIN,     MENTION_ROOM,             true,  true",
            "SUB_ADMIN, MENTION_ROOM,             true,  true",
            "MEMBER,    MENTION_ROOM,             true,  false",
            "MEMBER,    MENTION_ROOM,             false, true",
    })
    void the_table_of_actions(Role role, Permission permission, boolean roomHasAdmin, boolean allowed) {
        assertThat(Permissions.allows(role, permission, roomHasAdmin)).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void a_member_of_a_room_without_admin_may_pin_and_a_room_keeps_at_most_fifty_pins() {
        ChatRoom pair = ChatRoom.create(RoomId.random(), ACTOR, new RoomName("pair"), List.of(MEM),
                Visibility.PRIVATE, null, null, T0);
        Message message = Action.post(pair, MEM);

        assertThat(pair.pin(ACTOR, message, ChatRoom.MAX_PINS - 1, T0).messageId()).isEqualTo(message.id());
        assertThatCode(() -> pair.pin(ACTOR, message, ChatRoom.MAX_PINS, T0)).isInstanceOfSatisfying(
                ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PIN_LIMIT_REACHED));
    }

    @org.junit.jupiter.api.Test
    void a_deleted_message_or_one_of_another_room_is_not_pinned() {
        ChatRoom room = roomWithActorAs(Role.ADMIN);
        Message message = Action.post(room, MEM);
        Message deleted = room.deleteMessage(ACTOR, message, T0).message();
        ChatRoom other = roomWithActorAs(Role.ADMIN);

        assertThatCode(() -> room.pin(ACTOR, deleted, 0, T0)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND));
        assertThatCode(() -> other.pin(ACTOR, message, 0, T0)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND));
    }
}
