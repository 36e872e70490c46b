package io.doran.chat.application.port.in;

import java.time.Instant;

/** A pinned message as clients see it (pins, issue 18): the message, who pinned it and when. */
public record PinView(MessageView message, String pinnedBy, Instant pinnedAt) {
}
