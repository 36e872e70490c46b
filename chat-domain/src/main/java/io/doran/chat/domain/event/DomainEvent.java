package io.doran.chat.domain.event;

import java.time.Instant;

/** Something that happened, as the domain says it; adapters turn these into frames and rows. */
public sealed interface DomainEvent permits RoomEvent, UserEvent {

    Instant at();
}
