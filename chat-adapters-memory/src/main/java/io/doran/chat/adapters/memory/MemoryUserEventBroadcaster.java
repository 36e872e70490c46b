package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.shared.UserId;
import java.util.function.Consumer;

/** User events within one process: the embedded default has a single node. */
public class MemoryUserEventBroadcaster implements UserEventBroadcaster {

    private static final String EVERYONE = "*";

    private final Listeners<UserId, UserEvent> personal = new Listeners<>();
    private final Listeners<String, UserEvent> everyone = new Listeners<>();

    @Override
    public void publish(UserEvent event) {
        personal.publish(event.userId(), event);
        everyone.publish(EVERYONE, event);
    }

    @Override
    public Subscription subscribe(UserId user, Consumer<UserEvent> listener) {
        return personal.add(user, listener);
    }

    @Override
    public Subscription subscribeAll(Consumer<UserEvent> listener) {
        return everyone.add(EVERYONE, listener);
    }
}
