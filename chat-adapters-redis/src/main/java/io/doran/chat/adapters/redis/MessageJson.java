package io.doran.chat.adapters.redis;

import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.MessageType;
import io.doran.chat.domain.message.ReplyTo;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as Redis keeps and carries it (cache entries, cross-node events). {@code editCount} is absent from
 * entries written before edit history (issue 18): an edited one counts one edit; {@code replyTo*} describe the
 * message a reply answers (threads, issue 18), {@code mentions} the users a text mentions (absent when none).
 */
record MessageJson(long id, UUID roomId, String authorId, String type, String content, String imageUrl,
                   Instant createdAt, Instant editedAt, Instant deletedAt, String deletedBy, String clientMessageId,
                   Integer editCount, Long replyToId, String replyToUser, String replyToExcerpt,
                   List<String> mentions) {

    static MessageJson of(Message m) {
        return new MessageJson(m.id().value(), m.roomId().value(), m.authorId().value(), m.type().wireName(),
                m.content().orElse(null), m.imageUrl().orElse(null), m.createdAt(), m.editedAt().orElse(null),
                m.deletedAt().orElse(null), m.deletedBy().map(UserId::value).orElse(null),
                m.clientMessageId().map(ClientMessageId::value).orElse(null), m.editCount(),
                m.replyTo().map(to -> to.messageId().value()).orElse(null),
                m.replyTo().map(to -> to.userId().value()).orElse(null),
                m.replyTo().map(ReplyTo::excerpt).orElse(null),
                m.mentions().isEmpty() ? null : m.mentions().stream().map(UserId::value).toList());
    }

    Message toMessage() {
        return Message.restore(new MessageId(id), new RoomId(roomId), UserId.of(authorId), MessageType.parse(type), content,
                imageUrl, createdAt, editedAt, deletedAt, deletedBy == null ? null : UserId.of(deletedBy),
                clientMessageId == null ? null : new ClientMessageId(clientMessageId),
                editCount != null ? editCount : editedAt == null ? 0 : 1,
                replyToId == null ? null : new ReplyTo(new MessageId(replyToId), UserId.of(replyToUser), replyToExcerpt),
                mentions == null ? List.of() : mentions.stream().map(UserId::of).toList());
    }
}
