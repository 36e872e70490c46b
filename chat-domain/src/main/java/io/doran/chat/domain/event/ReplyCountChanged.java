package io.doran.chat.domain.event;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.time.Instant;

/** The number of visible replies to a message changed (threads, issue 18): a reply was posted or deleted. */
public record ReplyCountChanged(RoomId roomId, MessageId messageId, int replyCount, Instant at) implements RoomEvent {
}
