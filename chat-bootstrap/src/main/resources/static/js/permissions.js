// What the signed-in user may do in a room: the permission table of the README ("Domain rules"), the same
// table the server enforces (chat-domain's Permissions). The client only uses it to offer what will work.

/** The permissions of user `me` in a room with these participants [{userId, role}]. */
export function permissionsIn(participants, me) {
  const roleOf = (userId) => participants.find((p) => p.userId === userId)?.role;
  const role = roleOf(me) ?? 'member';
  const roomHasAdmin = participants.some((p) => p.role === 'admin');
  return {
    role,
    rename: role !== 'member' || !roomHasAdmin,
    addParticipant: role !== 'member' || !roomHasAdmin,
    changeRole: role === 'admin',
    deleteRoom: role === 'admin',
    /** Reading the earlier versions of a message of authorId (issue 18). */
    viewEdits: (authorId) => authorId === me || role === 'admin',
    /** Pinning and unpinning messages (issue 18). */
    pin: role !== 'member' || !roomHasAdmin,
    /** Reporting a message of authorId (issue 18): anyone's but one's own. */
    report: (authorId) => authorId !== me,
    /** Reading the room's reports (issue 18): admins and sub-admins. */
    readReports: role !== 'member',
    /** Removing someone else; anyone may leave. */
    remove: (target) => target.userId === me || role === 'admin' || (role === 'sub-admin' && target.role === 'member'),
    /** Banning or muting someone else (issue 18): an admin anyone, a sub-admin members; nobody themselves. */
    discipline: (target) => target.userId !== me && (role === 'admin' || (role === 'sub-admin' && target.role === 'member')),
    /** Deleting a message of authorId (one's own always). */
    deleteMessage: (authorId) => authorId === me || role === 'admin'
      || (role === 'sub-admin' && (roleOf(authorId) ?? 'member') === 'member'),
  };
}
