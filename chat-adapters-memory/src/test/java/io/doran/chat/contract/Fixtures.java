package io.doran.chat.contract;

import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.room.Admission;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.room.Role;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Rooms and messages for contract tests. Times are whole milliseconds, as every store keeps them. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    public static final UserId ALICE = UserId.of("alice");
    public static final UserId BOB = UserId.of("bob");
    public static final UserId CAROL = UserId.of("carol");

    private Fixtures() {
    }

    public static ChatRoom room(UserId... participants) {
        List<Participant> members = java.util.Arrays.stream(participants)
                .map(u -> new Participant(u, Role.MEMBER, null, T0)).toList();
        return ChatRoom.restore(RoomId.random(), new RoomName("room"), Visibility.PRIVATE,
                Admission.INVITE_ONLY, null, participants[0], T0, null, members, 0);
    }

    /** The id of the {@code n}th message in a test: increasing with {@code n}, one millisecond apart. */
    public static MessageId id(int n) {
        return MessageId.firstAt(T0.plusMillis(n));
    }

    public static Message text(RoomId room, int n, UserId author, String content) {
        return Message.restore(id(n), room, author, MessageType.TEXT, content, null,
                T0.plusMillis(n).truncatedTo(ChronoUnit.MILLIS), null, null, null, null);
    }

    public static Message text(RoomId room, int n) {
        return text(room, n, ALICE, "message " + n);
    }

    public static Message deleted(Message message) {
        return Message.restore(message.id(), message.roomId(), message.authorId(), message.type(),
                message.content().orElse(null), message.imageUrl().orElse(null), message.createdAt(),
                message.editedAt().orElse(null), message.createdAt().plusSeconds(1), message.authorId(),
                message.clientMessageId().orElse(null), message.editCount(), message.replyTo().orElse(null),
                message.mentions());
    }

    public static Message edited(Message message, String content) {
        return Message.restore(message.id(), message.roomId(), message.authorId(), message.type(), content,
                message.imageUrl().orElse(null), message.createdAt(),
                message.createdAt().plusSeconds(2L * (message.editCount() + 1)), null, null,
                message.clientMessageId().orElse(null), message.editCount() + 1, message.replyTo().orElse(null),
                message.mentions());
    }

    /** A user id no other test uses. */
    public static UserId unique(String name) {
        return UserId.of(name + "-" + java.util.UUID.randomUUID());
    }

    public static ClientMessageId clientId(String value) {
        return new ClientMessageId(value);
    }
}
