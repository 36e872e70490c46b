package io.doran.chat.domain.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.shared.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permission table of SPEC §3, row by row. */
class PermissionsTest {

    @ParameterizedTest(name = "{0} {1} with admin={2}: {3}")
    @CsvSource({
            "ADMIN,     RENAME_ROOM,          true,  true",
            "SUB_ADMIN, RENAME_ROOM,          true,  true",
            "MEMBER,    RENAME_ROOM,          true,  false",
            "MEMBER,    RENAME_ROOM,          false, true",
            "ADMIN,     ADD_PARTICIPANT,      true,  true",
            "SUB_ADMIN, ADD_PARTICIPANT,      true,  true",
            "MEMBER,    ADD_PARTICIPANT,      true,  false",
            "MEMBER,    ADD_PARTICIPANT,      false, true",
            "ADMIN,     CHANGE_ROLE,          true,  true",
            "SUB_ADMIN, CHANGE_ROLE,          true,  false",
            "MEMBER,    CHANGE_ROLE,          false, false",
            "ADMIN,     DELETE_ROOM,          true,  true",
            "SUB_ADMIN, DELETE_ROOM,          true,  false",
            "MEMBER,    DELETE_ROOM,          false, false",
            "ADMIN,     MODERATE_MESSAGE,     true,  true",
            "SUB_ADMIN, MODERATE_MESSAGE,     true,  true",
            "MEMBER,    MODERATE_MESSAGE,     true,  false",
            "ADMIN,     SET_OWN_DISPLAY_NAME, true,  true",
            "SUB_ADMIN, SET_OWN_DISPLAY_NAME, true,  true",
            "MEMBER,    SET_OWN_DISPLAY_NAME, true,  true",
    })
    void the_table_of_actions(Role role, Permission permission, boolean roomHasAdmin, boolean allowed) {
        assertThat(Permissions.allows(role, permission, roomHasAdmin)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} removes a {1}: {2}")
    @CsvSource({
            "ADMIN,     ADMIN,     true",
            "ADMIN,     SUB_ADMIN, true",
            "ADMIN,     MEMBER,    true",
            "SUB_ADMIN, ADMIN,     false",
            "SUB_ADMIN, SUB_ADMIN, false",
            "SUB_ADMIN, MEMBER,    true",
            "MEMBER,    ADMIN,     false",
            "MEMBER,    SUB_ADMIN, false",
            "MEMBER,    MEMBER,    false",
    })
    void removing_others(Role actor, Role target, boolean allowed) {
        assertThat(Permissions.mayRemove(actor, UserId.of("actor"), target, UserId.of("target"))).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"ADMIN", "SUB_ADMIN", "MEMBER"})
    void everyone_may_leave(Role role) {
        assertThat(Permissions.mayRemove(role, UserId.of("me"), role, UserId.of("me"))).isTrue();
    }

    @ParameterizedTest(name = "{0} deletes a message of a {1}: {2}")
    @CsvSource({
            "ADMIN,     ADMIN,     true",
            "ADMIN,     SUB_ADMIN, true",
            "ADMIN,     MEMBER,    true",
            "SUB_ADMIN, ADMIN,     false",
            "SUB_ADMIN, SUB_ADMIN, false",
            "SUB_ADMIN, MEMBER,    true",
            "MEMBER,    MEMBER,    false",
    })
    void moderating_messages(Role actor, Role author, boolean allowed) {
        assertThat(Permissions.mayModerate(actor, author)).isEqualTo(allowed);
    }
}
