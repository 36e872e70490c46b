package io.doran.chat.application.service;

import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.room.ChatRoom;
import java.util.List;

/**
 * Publishes what happened in a room to every node with connections in it (SPEC §7), resolving once, here on
 * the node where it happened, what the broadcast shows ({@link Views#shown}); new messages go through a
 * {@code MessageSequencer} slot instead, to keep their id order. Webhook receivers hear of the events too.
 */
final class RoomPublisher {

    private final RoomEventBroadcaster broadcaster;
    private final Views views;
    private final WebhookEvents webhooks;

    RoomPublisher(RoomEventBroadcaster broadcaster, Views views, WebhookEvents webhooks) {
        this.broadcaster = broadcaster;
        this.views = views;
        this.webhooks = webhooks;
    }

    /**
     * Publishes {@code events}, in order, as they happened in {@code room} (the room after them), and hands them to
     * the webhook receivers subscribed to them.
     */
    void publish(ChatRoom room, List<? extends RoomEvent> events) {
        for (RoomEvent event : events) {
            webhooks.happened(room, event);
            if (LiveUpdates.tellsConnections(event)) {
                broadcaster.publish(new RoomBroadcast(event, views.shown(room, event)));
            }
        }
    }

    void publish(ChatRoom room, RoomEvent event) {
        publish(room, List.of(event));
    }
}
