package io.doran.chat.application.port.out;

import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.shared.UserId;
import java.util.function.Consumer;

/** Fan-out of events addressed to one user (presence, notifications, status) to every node (SPEC §6). */
public interface UserEventBroadcaster {

    void publish(UserEvent event);

    /** Delivers events for {@code user}, published on any node, until the subscription is closed. */
    Subscription subscribe(UserId user, Consumer<UserEvent> listener);

    /** Delivers every user event, whoever it is for (presence is public), until closed. */
    Subscription subscribeAll(Consumer<UserEvent> listener);
}
