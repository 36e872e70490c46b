package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in a room (000, 002). Immutable: an edit or a deletion yields a new version, carried by
 * the event that says so. A soft-deleted message (002) is kept until its TTL but is invisible: every
 * operation on it answers {@code MESSAGE_NOT_FOUND}.
 */
public final class Message {

    private final MessageId id;
    private final RoomId roomId;
    private final UserId authorId;
    private final MessageType type;
    private final String content;
    private final String imageUrl;
    private final Instant createdAt;
    private final Instant editedAt;
    private final Instant deletedAt;
    private final UserId deletedBy;
    private final ClientMessageId clientMessageId;
    private final int editCount;
    private final ReplyTo replyTo;
    private final List<UserId> mentions;

    private Message(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content, String imageUrl,
                    Instant createdAt, Instant editedAt, Instant deletedAt, UserId deletedBy,
                    ClientMessageId clientMessageId, int editCount, ReplyTo replyTo, List<UserId> mentions) {
        this.id = Objects.requireNonNull(id, "id");
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        this.authorId = Objects.requireNonNull(authorId, "authorId");
        this.type = Objects.requireNonNull(type, "type");
        this.content = content;
        this.imageUrl = imageUrl;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.editedAt = editedAt;
        this.deletedAt = deletedAt;
        this.deletedBy = deletedBy;
        this.clientMessageId = clientMessageId;
        if (editCount < 0) {
            throw new IllegalArgumentException("editCount must not be negative");
        }
        this.editCount = editCount;
        this.replyTo = replyTo;
        this.mentions = mentions == null ? List.of() : List.copyOf(new LinkedHashSet<>(mentions));
    }

    /**
     * A new message with {@code body}, written by {@code author} in {@code room}. Who may post where is the
     * room's rule: messages are created through {@code ChatRoom.post}, which checks it first.
     */
    public static Message create(MessageId id, RoomId roomId, UserId author, MessageBody body,
                          ClientMessageId clientMessageId, Instant now) {
        return switch (body) {
            case MessageBody.Text text -> new Message(id, roomId, author, MessageType.TEXT, text.content().value(),
                    null, now, null, null, null, clientMessageId, 0, null, null);
            case MessageBody.Image image -> new Message(id, roomId, author, MessageType.IMAGE,
                    image.caption().map(MessageContent::value).orElse(null), image.url().value(), now, null, null,
                    null, clientMessageId, 0, null, null);
            case MessageBody.EmojiBody emoji -> new Message(id, roomId, author, MessageType.EMOJI,
                    emoji.emoji().value(), null, now, null, null, null, clientMessageId, 0, null, null);
            case MessageBody.SystemNotice notice -> new Message(id, roomId, author, MessageType.SYSTEM,
                    notice.content().value(), null, now, null, null, null, clientMessageId, 0, null, null);
        };
    }

    /** Rebuilds a stored message that was never edited; storage adapters and tests only. */
    public static Message restore(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content,
                                  String imageUrl, Instant createdAt, Instant editedAt, Instant deletedAt,
                                  UserId deletedBy, ClientMessageId clientMessageId) {
        return restore(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId, editedAt == null ? 0 : 1);
    }

    /** Rebuilds a stored message edited {@code editCount} times, not a reply; storage adapters only. */
    public static Message restore(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content,
                                  String imageUrl, Instant createdAt, Instant editedAt, Instant deletedAt,
                                  UserId deletedBy, ClientMessageId clientMessageId, int editCount) {
        return restore(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId, editCount, null);
    }

    /** Rebuilds a stored message edited {@code editCount} times, a reply when {@code replyTo} is set; storage adapters only. */
    public static Message restore(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content,
                                  String imageUrl, Instant createdAt, Instant editedAt, Instant deletedAt,
                                  UserId deletedBy, ClientMessageId clientMessageId, int editCount, ReplyTo replyTo) {
        return restore(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId, editCount, replyTo, List.of());
    }

    /** Rebuilds a stored message with everything it carries, the users it mentions too; storage adapters only. */
    public static Message restore(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content,
                                  String imageUrl, Instant createdAt, Instant editedAt, Instant deletedAt,
                                  UserId deletedBy, ClientMessageId clientMessageId, int editCount, ReplyTo replyTo,
                                  List<UserId> mentions) {
        return new Message(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId, editCount, replyTo, mentions);
    }

    /**
     * This message as a reply to {@code parent} (threads, issue 18): who may reply to what is the room's rule,
     * {@code ChatRoom.reply} checks it first.
     */
    public Message asReplyTo(Message parent) {
        return new Message(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId, editCount, ReplyTo.of(parent), mentions);
    }

    /**
     * This new message mentioning {@code users} (mentions, issue 18): who a text mentions is the room's rule,
     * {@code ChatRoom.post} finds them.
     */
    public Message mentioning(List<UserId> users) {
        return new Message(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId, editCount, replyTo, users);
    }

    /**
     * The author changes the text (000); {@code editedAt} records when and {@code editCount} how often. Only
     * text messages are editable; only by their author; never once deleted. Returns the new version; the one
     * it replaces is kept as a {@link MessageRevision} (edit history).
     */
    public Message edit(UserId actor, MessageContent newContent, Instant now) {
        requireVisible();
        if (!isAuthoredBy(actor)) {
            throw ChatException.because(ErrorCode.FORBIDDEN, ErrorReason.OWN_MESSAGES_EDIT);
        }
        if (type != MessageType.TEXT) {
            throw new ChatException(ErrorCode.NOT_EDITABLE);
        }
        return new Message(id, roomId, authorId, type, newContent.value(), imageUrl, createdAt, now,
                null, null, clientMessageId, editCount + 1, replyTo, mentions);
    }

    /** The soft-deleted version (002); who may delete is decided by {@code ChatRoom.deleteMessage}, which calls this. */
    public Message markDeleted(UserId by, Instant now) {
        requireVisible();
        return new Message(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, now, by,
                clientMessageId, editCount, replyTo, mentions);
    }

    /** Refuses with {@code MESSAGE_NOT_FOUND} when the message was soft-deleted. */
    public void requireVisible() {
        if (isDeleted()) {
            throw new ChatException(ErrorCode.MESSAGE_NOT_FOUND);
        }
    }

    public MessageId id() {
        return id;
    }

    public RoomId roomId() {
        return roomId;
    }

    public UserId authorId() {
        return authorId;
    }

    public MessageType type() {
        return type;
    }

    public Optional<String> content() {
        return Optional.ofNullable(content);
    }

    public Optional<String> imageUrl() {
        return Optional.ofNullable(imageUrl);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public Optional<UserId> deletedBy() {
        return Optional.ofNullable(deletedBy);
    }

    public Optional<ClientMessageId> clientMessageId() {
        return Optional.ofNullable(clientMessageId);
    }

    /** How many times the text was edited: the number of earlier versions in its edit history. */
    public int editCount() {
        return editCount;
    }

    /** The message this one answers, when it is a reply (threads, issue 18). */
    public Optional<ReplyTo> replyTo() {
        return Optional.ofNullable(replyTo);
    }

    /** The users the text mentions, in the order first written; an edit keeps the mentions of the post (issue 18). */
    public List<UserId> mentions() {
        return mentions;
    }

    /** This version as an earlier one of the edit history, replaced at {@code replacedAt}. */
    public MessageRevision asRevision(Instant replacedAt) {
        return new MessageRevision(id, editCount, content, editedAt == null ? createdAt : editedAt, replacedAt);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public boolean isAuthoredBy(UserId user) {
        return authorId.equals(user);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that && id.equals(that.id) && roomId.equals(that.roomId)
                && authorId.equals(that.authorId) && type == that.type && Objects.equals(content, that.content)
                && Objects.equals(imageUrl, that.imageUrl) && createdAt.equals(that.createdAt)
                && Objects.equals(editedAt, that.editedAt) && Objects.equals(deletedAt, that.deletedAt)
                && Objects.equals(deletedBy, that.deletedBy) && Objects.equals(clientMessageId, that.clientMessageId)
                && editCount == that.editCount && Objects.equals(replyTo, that.replyTo)
                && mentions.equals(that.mentions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, roomId, editedAt, deletedAt);
    }

    @Override
    public String toString() {
        return "Message[" + id + " in " + roomId + " by " + authorId + ", " + type.wireName()
                + (isDeleted() ? ", deleted" : "") + "]";
    }
}
