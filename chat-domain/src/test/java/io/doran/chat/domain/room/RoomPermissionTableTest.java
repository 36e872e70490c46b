package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.RoomId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessagePolicy;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The permission table of SPEC §3 (000), asked of the aggregate itself: in a room with an admin
 * (ALICE), a sub-admin (SUB) and a member (MEM), an actor with each role tries each action.
 */
class RoomPermissionTableTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId ALICE = UserId.of("alice");
    static final UserId ACTOR = UserId.of("actor");
    static final UserId SUB = UserId.of("sub");
    static final UserId MEM = UserId.of("mem");
    static final MessagePolicy POLICY = MessagePolicy.defaults();

    enum Action {
        RENAME_ROOM((room, actor) -> room.rename(actor, new RoomName("renamed"), T0)),
        ADD_MEMBER((room, actor) -> room.addParticipant(actor, UserId.of("newcomer"), Role.MEMBER, T0)),
        ADD_SUB_ADMIN((room, actor) -> room.addParticipant(actor, UserId.of("newcomer"), Role.SUB_ADMIN, T0)),
        REMOVE_ADMIN((room, actor) -> room.removeParticipant(actor, ALICE, T0)),
        REMOVE_SUB_ADMIN((room, actor) -> room.removeParticipant(actor, SUB, T0)),
        REMOVE_MEMBER((room, actor) -> room.removeParticipant(actor, MEM, T0)),
        LEAVE((room, actor) -> room.removeParticipant(actor, actor, T0)),
        CHANGE_ROLE((room, actor) -> room.changeRole(actor, MEM, Role.SUB_ADMIN, T0)),
        DELETE_ROOM((room, actor) -> room.delete(actor, T0)),
        DELETE_ADMINS_MESSAGE((room, actor) -> room.deleteMessage(actor, post(room, ALICE), T0)),
        DELETE_SUB_ADMINS_MESSAGE((room, actor) -> room.deleteMessage(actor, post(room, SUB), T0)),
        DELETE_MEMBERS_MESSAGE((room, actor) -> room.deleteMessage(actor, post(room, MEM), T0)),
        DELETE_OWN_MESSAGE((room, actor) -> room.deleteMessage(actor, post(room, actor), T0)),
        SET_OWN_DISPLAY_NAME((room, actor) -> room.setDisplayName(actor, actor, new DisplayName("me"), T0)),
        SET_OTHERS_DISPLAY_NAME((room, actor) -> room.setDisplayName(actor, MEM, new DisplayName("you"), T0));

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
            "ADMIN,     RENAME_ROOM,               true",
            "SUB_ADMIN, RENAME_ROOM,               true",
            "MEMBER,    RENAME_ROOM,               false",
            "ADMIN,     ADD_MEMBER,                true",
            "SUB_ADMIN, ADD_MEMBER,                true",
            "MEMBER,    ADD_MEMBER,                false",
            "ADMIN,     ADD_SUB_ADMIN,             true",
            "SUB_ADMIN, ADD_SUB_ADMIN,             false",
            "MEMBER,    ADD_SUB_ADMIN,             false",
            "ADMIN,     REMOVE_ADMIN,              true",
            "SUB_ADMIN, REMOVE_ADMIN,              false",
            "MEMBER,    REMOVE_ADMIN,              false",
            "ADMIN,     REMOVE_SUB_ADMIN,          true",
            "SUB_ADMIN, REMOVE_SUB_ADMIN,          false",
            "MEMBER,    REMOVE_SUB_ADMIN,          false",
            "ADMIN,     REMOVE_MEMBER,             true",
            "SUB_ADMIN, REMOVE_MEMBER,             true",
            "MEMBER,    REMOVE_MEMBER,             false",
            "ADMIN,     LEAVE,                     true",
            "SUB_ADMIN, LEAVE,                     true",
            "MEMBER,    LEAVE,                     true",
            "ADMIN,     CHANGE_ROLE,               true",
            "SUB_ADMIN, CHANGE_ROLE,               false",
            "MEMBER,    CHANGE_ROLE,               false",
            "ADMIN,     DELETE_ROOM,               true",
            "SUB_ADMIN, DELETE_ROOM,               false",
            "MEMBER,    DELETE_ROOM,               false",
            "ADMIN,     DELETE_ADMINS_MESSAGE,     true",
            "SUB_ADMIN, DELETE_ADMINS_MESSAGE,     false",
            "MEMBER,    DELETE_ADMINS_MESSAGE,     false",
            "ADMIN,     DELETE_SUB_ADMINS_MESSAGE, true",
            "SUB_ADMIN, DELETE_SUB_ADMINS_MESSAGE, false",
            "MEMBER,    DELETE_SUB_ADMINS_MESSAGE, false",
            "ADMIN,     DELETE_MEMBERS_MESSAGE,    true",
            "SUB_ADMIN, DELETE_MEMBERS_MESSAGE,    true",
            "MEMBER,    DELETE_MEMBERS_MESSAGE,    false",
            "ADMIN,     DELETE_OWN_MESSAGE,        true",
            "SUB_ADMIN, DELETE_OWN_MESSAGE,        true",
            "MEMBER,    DELETE_OWN_MESSAGE,        true",
            "ADMIN,     SET_OWN_DISPLAY_NAME,      true",
            "SUB_ADMIN, SET_OWN_DISPLAY_NAME,      true",
            "MEMBER,    SET_OWN_DISPLAY_NAME,      true",
            "ADMIN,     SET_OTHERS_DISPLAY_NAME,   false",
            "SUB_ADMIN, SET_OTHERS_DISPLAY_NAME,   false",
            "MEMBER,    SET_OTHERS_DISPLAY_NAME,   false",
    })
    void in_a_room_with_an_admin(Role role, Action action, boolean allowed) {
        ChatRoom room = roomWithActorAs(role);

        if (allowed) {
            assertThatCode(() -> action.attempt.accept(room, ACTOR)).doesNotThrowAnyException();
        } else {
            assertForbidden(room, action);
        }
    }

    @ParameterizedTest(name = "a member of a room without admin may {0}: {1}")
    @CsvSource({
            "RENAME_ROOM,            true",
            "ADD_MEMBER,             true",
            "ADD_SUB_ADMIN,          false",
            "REMOVE_MEMBER,          false",
            "LEAVE,                  true",
            "CHANGE_ROLE,            false",
            "DELETE_ROOM,            false",
            "DELETE_MEMBERS_MESSAGE, false",
            "DELETE_OWN_MESSAGE,     true",
            "SET_OWN_DISPLAY_NAME,   true",
    })
    void in_a_room_without_an_admin(Action action, boolean allowed) {
        ChatRoom room = ChatRoom.create(RoomId.random(), ACTOR, new RoomName("pair"), List.of(MEM),
                Visibility.PRIVATE, null, null, T0);
        assertThat(room.hasAdmin()).isFalse();

        if (allowed) {
            assertThatCode(() -> action.attempt.accept(room, ACTOR)).doesNotThrowAnyException();
        } else {
            assertForbidden(room, action);
        }
    }

    private static void assertForbidden(ChatRoom room, Action action) {
        List<Participant> before = room.participants();
        RoomName nameBefore = room.name();

        assertThatCode(() -> action.attempt.accept(room, ACTOR)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(room.participants()).isEqualTo(before);
        assertThat(room.name()).isEqualTo(nameBefore);
    }
}
