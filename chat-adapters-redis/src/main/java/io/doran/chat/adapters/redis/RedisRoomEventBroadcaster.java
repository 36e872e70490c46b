package io.doran.chat.adapters.redis;

import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.room.RoomId;
import java.util.function.Consumer;

/** Room events between nodes on channel {@code chat:room:{roomId}} (SPEC §7). */
public class RedisRoomEventBroadcaster implements RoomEventBroadcaster {

    private final PubSub pubSub;
    private final EventCodec codec;

    RedisRoomEventBroadcaster(PubSub pubSub, EventCodec codec) {
        this.pubSub = pubSub;
        this.codec = codec;
    }

    static String channel(RoomId roomId) {
        return "chat:room:" + roomId;
    }

    @Override
    public void publish(RoomEvent event) {
        pubSub.publish(channel(event.roomId()), codec.encode(event));
    }

    @Override
    public Subscription subscribe(RoomId roomId, Consumer<RoomEvent> listener) {
        return pubSub.subscribe(channel(roomId), payload -> listener.accept((RoomEvent) codec.decode(payload)));
    }
}
