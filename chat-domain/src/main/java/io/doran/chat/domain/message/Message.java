package io.doran.chat.domain.message;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.ErrorReason;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
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

    private Message(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content, String imageUrl,
                    Instant createdAt, Instant editedAt, Instant deletedAt, UserId deletedBy,
                    ClientMessageId clientMessageId) {
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
    }

    /**
     * A new message with {@code body}, written by {@code author} in {@code room}. Who may post where is the
     * room's rule: messages are created through {@code ChatRoom.post}, which checks it first.
     */
    public static Message create(MessageId id, RoomId roomId, UserId author, MessageBody body,
                          ClientMessageId clientMessageId, Instant now) {
        return switch (body) {
            case MessageBody.Text text -> new Message(id, roomId, author, MessageType.TEXT, text.content().value(),
                    null, now, null, null, null, clientMessageId);
            case MessageBody.Image image -> new Message(id, roomId, author, MessageType.IMAGE,
                    image.caption().map(MessageContent::value).orElse(null), image.url().value(), now, null, null,
                    null, clientMessageId);
            case MessageBody.EmojiBody emoji -> new Message(id, roomId, author, MessageType.EMOJI,
                    emoji.emoji().value(), null, now, null, null, null, clientMessageId);
            case MessageBody.SystemNotice notice -> new Message(id, roomId, author, MessageType.SYSTEM,
                    notice.content().value(), null, now, null, null, null, clientMessageId);
        };
    }

    /** Rebuilds a stored message; storage adapters only. */
    public static Message restore(MessageId id, RoomId roomId, UserId authorId, MessageType type, String content,
                                  String imageUrl, Instant createdAt, Instant editedAt, Instant deletedAt,
                                  UserId deletedBy, ClientMessageId clientMessageId) {
        return new Message(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, deletedAt, deletedBy,
                clientMessageId);
    }

    /**
     * The author changes the text (000); {@code editedAt} records when. Only text messages are
     * editable; only by their author; never once deleted. Returns the new version.
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
                null, null, clientMessageId);
    }

    /** The soft-deleted version (002); who may delete is decided by {@code ChatRoom.deleteMessage}, which calls this. */
    public Message markDeleted(UserId by, Instant now) {
        requireVisible();
        return new Message(id, roomId, authorId, type, content, imageUrl, createdAt, editedAt, now, by,
                clientMessageId);
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
                && Objects.equals(deletedBy, that.deletedBy) && Objects.equals(clientMessageId, that.clientMessageId);
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
