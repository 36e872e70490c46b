package io.doran.chat.domain.room;

import io.doran.chat.domain.shared.UserId;

/**
 * The permission table of SPEC §3 (000), written once:
 * <pre>
 * action                          admin   sub-admin        member
 * rename room, add participant    yes     yes              only in a room without admin
 * remove participant              anyone  members, self    only themselves (leave)
 * change a role                   yes     no               no
 * delete room                     yes     no               no
 * delete another's message        yes     members' msgs    no
 * set own display name            yes     yes              yes
 * ban, mute; list bans, reports   yes     members          no           (issue 18)
 * report a message                yes     yes              yes
 * -- threads, pins and edit history (issue 18) --
 * read another's edit history     yes     no               no   (the author reads their own)
 * pin and unpin messages          yes     yes              only in a room without admin
 * mention everyone (@room)        yes     yes              only in a room without admin
 * </pre>
 * Nobody bans or mutes themselves; an admin bans and mutes anyone else, so the last admin is never banned
 * ({@link #mayDiscipline}).
 * Joining uninvited is not a participant's action but a newcomer's: a room open to
 * {@link Admission#ANYONE anyone} takes every authenticated user (001), an invite-only room nobody.
 */
public final class Permissions {

    private Permissions() {
    }

    /** Whether a participant with {@code role} may do {@code permission} in general. */
    public static boolean allows(Role role, Permission permission, boolean roomHasAdmin) {
        return switch (permission) {
            case RENAME_ROOM, ADD_PARTICIPANT -> role != Role.MEMBER || !roomHasAdmin;
            case REMOVE_PARTICIPANT, SET_OWN_DISPLAY_NAME -> true;
            case CHANGE_ROLE, DELETE_ROOM -> role == Role.ADMIN;
            case MODERATE_MESSAGE, MODERATE_MEMBERS -> role != Role.MEMBER;
            case REPORT_MESSAGE -> true;
            case VIEW_OTHERS_EDIT_HISTORY -> role == Role.ADMIN;
            case PIN_MESSAGE, MENTION_ROOM -> role != Role.MEMBER || !roomHasAdmin;
        };
    }

    /** Whether someone who is not a participant may join the room by themselves (001). */
    public static boolean mayJoinUninvited(Admission admission) {
        return admission == Admission.ANYONE;
    }

    /** Whether {@code actor} may remove {@code target} from the room (a participant may always leave). */
    public static boolean mayRemove(Role actorRole, UserId actor, Role targetRole, UserId target) {
        if (actor.equals(target)) {
            return true;
        }
        return switch (actorRole) {
            case ADMIN -> true;
            case SUB_ADMIN -> targetRole == Role.MEMBER;
            case MEMBER -> false;
        };
    }

    /** Whether a participant with {@code actorRole} may delete a message written by someone with {@code authorRole}. */
    public static boolean mayModerate(Role actorRole, Role authorRole) {
        return switch (actorRole) {
            case ADMIN -> true;
            case SUB_ADMIN -> authorRole == Role.MEMBER;
            case MEMBER -> false;
        };
    }

    /**
     * Whether {@code actor} may ban or mute {@code target} (issue 18): the role order admin &gt; sub-admin &gt; member,
     * an admin anyone else, a sub-admin members, a member nobody; nobody themselves. The actor being an admin, the
     * room keeps an admin: the last admin is never banned. A target outside the room counts as a member.
     */
    public static boolean mayDiscipline(Role actorRole, UserId actor, Role targetRole, UserId target) {
        if (actor.equals(target)) {
            return false;
        }
        return switch (actorRole) {
            case ADMIN -> true;
            case SUB_ADMIN -> targetRole == Role.MEMBER;
            case MEMBER -> false;
        };
    }
}
