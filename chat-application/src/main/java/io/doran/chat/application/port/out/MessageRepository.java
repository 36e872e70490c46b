package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageRevision;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where messages are kept (SPEC §6: partitioned by room and time bucket, newest first). Messages are
 * immutable rows written whole: an edit or a soft delete saves the new version under the same id.
 */
public interface MessageRepository {

    /**
     * Inserts or replaces the message with this id. {@code expiresAt}, when present, is when the row may
     * disappear (messages of an expiring room expire with it, 002).
     */
    void save(Message message, Optional<Instant> expiresAt);

    /** The message, soft-deleted or not. */
    Optional<Message> find(RoomId roomId, MessageId id);

    /**
     * The message with this id in whichever room it was posted (002: a message id alone names a message),
     * soft-deleted or not; empty once it expired or its room was deleted. Message ids are unique across
     * rooms and nodes.
     */
    Optional<Message> find(MessageId id);

    /**
     * Up to {@code limit} visible (not soft-deleted) messages from {@code cursor}, newest first, and
     * whether more visible messages exist beyond the page in the paging direction.
     */
    MessagePage page(RoomId roomId, HistoryCursor cursor, int limit);

    /** The newest visible message of the room. */
    Optional<Message> latest(RoomId roomId);

    /**
     * How many visible messages newer than {@code after} (all, when empty) were not written by
     * {@code reader}, counting at most {@code cap}: the unread count of a room list (000).
     */
    int countAfter(RoomId roomId, Optional<MessageId> after, UserId reader, int cap);

    /**
     * How many visible messages newer than {@code after} (all, when empty) mention {@code user}, counting at most
     * {@code cap}: the unread mentions of a room list (mentions, issue 18).
     */
    int countMentionsAfter(RoomId roomId, Optional<MessageId> after, UserId user, int cap);

    /** Up to {@code limit} visible messages whose content contains {@code query}, ignoring case, newest first (003). */
    List<Message> search(RoomId roomId, String query, int limit);

    /**
     * Keeps {@code revision}, an earlier version of a message of {@code roomId} that an edit replaced (edit
     * history, issue 18); saving the same revision again changes nothing. {@code expiresAt} as for {@link #save}.
     */
    void saveRevision(RoomId roomId, MessageRevision revision, Optional<Instant> expiresAt);

    /** The kept earlier versions of the message, oldest first; empty when it was never edited. */
    List<MessageRevision> revisions(RoomId roomId, MessageId id);

    /**
     * The replies to {@code parent} (threads, issue 18): the newest {@code limit} visible replies older than
     * {@code before} (than none, when empty), given oldest first, and whether older visible replies remain. A
     * message saved with a {@code replyTo} is a reply from then on; soft-deleted replies are left out.
     */
    MessagePage replies(RoomId roomId, MessageId parent, Optional<MessageId> before, int limit);

    /** How many visible replies each of {@code parents} has; parents without any are left out (issue 18). */
    Map<MessageId, Integer> replyCounts(RoomId roomId, Collection<MessageId> parents);

    /** Forgets every message of a deleted room, with their earlier versions. */
    void deleteRoom(RoomId roomId);
}
