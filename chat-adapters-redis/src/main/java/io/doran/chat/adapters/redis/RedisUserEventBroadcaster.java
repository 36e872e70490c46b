package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.shared.UserId;
import java.util.function.Consumer;

/** User events between nodes: {@code chat:user:{userId}} for one user's connections, {@code chat:users} for all. */
public class RedisUserEventBroadcaster implements UserEventBroadcaster {

    private static final String EVERYONE = "chat:users";

    private final PubSub pubSub;
    private final EventCodec codec;

    RedisUserEventBroadcaster(PubSub pubSub, EventCodec codec) {
        this.pubSub = pubSub;
        this.codec = codec;
    }

    @Override
    public void publish(UserEvent event) {
        String payload = codec.encode(event);
        pubSub.publish("chat:user:" + event.userId().value(), payload);
        pubSub.publish(EVERYONE, payload);
    }

    @Override
    public Subscription subscribe(UserId user, Consumer<UserEvent> listener) {
        return pubSub.subscribe("chat:user:" + user.value(), payload -> listener.accept(codec.decodeUserEvent(payload)));
    }

    @Override
    public Subscription subscribeAll(Consumer<UserEvent> listener) {
        return pubSub.subscribe(EVERYONE, payload -> listener.accept(codec.decodeUserEvent(payload)));
    }
}
