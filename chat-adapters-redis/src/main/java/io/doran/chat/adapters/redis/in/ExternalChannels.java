package io.doran.chat.adapters.redis.in;

import io.doran.chat.adapters.redis.PubSub;
import io.doran.chat.application.port.in.ApplyUserStatusUseCase;
import io.doran.chat.application.port.in.PostServiceMessageUseCase;
import io.doran.chat.application.port.in.PushNotificationUseCase;
import io.doran.chat.application.port.in.RemoveFromRoomByServiceUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The external channels other services publish on (SPEC §6): {@code notifications}
 * ({@code {userId, type, message, link}}, 004) become personal notifications on whatever node the user
 * is; {@code room-events} become system notices in the room ({@code {roomId, message}}) or removals
 * ({@code {roomId, type: "removal", userId}}, 004);
 * {@code user-events} ({@code {userId, status}}, 003) change a user's status. Every node subscribes and
 * exactly one handles each message (it claims it in Redis first), so nothing is applied twice. Bad
 * messages are logged and dropped.
 */
public final class ExternalChannels implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExternalChannels.class);

    private final PubSub pubSub;
    private final JsonMapper json;
    private final List<PubSub.Listening> subscriptions;

    public ExternalChannels(PubSub pubSub, JsonMapper json, PushNotificationUseCase notifications,
                            PostServiceMessageUseCase roomMessages, RemoveFromRoomByServiceUseCase removals,
                            ApplyUserStatusUseCase statuses) {
        this.pubSub = pubSub;
        this.json = json;
        this.subscriptions = List.of(
                pubSub.listen("notifications", payload -> handle("notifications", payload, event ->
                        notifications.push(UserId.of(event.path("userId").asString()), event.path("type").asString(),
                                event.path("message").asString(), optional(event, "link")))),
                pubSub.listen("room-events", payload -> handle("room-events", payload, event -> {
                    RoomId room = RoomId.parse(event.path("roomId").asString());
                    if ("removal".equals(event.path("type").asString())) {
                        removals.removeFromRoom(room, UserId.of(event.path("userId").asString()));
                    } else {
                        roomMessages.post(room, Optional.empty(), "system", event.path("message").asString(), null,
                                Optional.empty());
                    }
                })),
                pubSub.listen("user-events", payload -> handle("user-events", payload, event ->
                        statuses.apply(UserId.of(event.path("userId").asString()),
                                UserStatus.valueOf(event.path("status").asString().toUpperCase(Locale.ROOT))))));
    }

    private void handle(String channel, String payload, java.util.function.Consumer<JsonNode> action) {
        if (!pubSub.claimOnce(channel, payload)) {
            return;
        }
        try {
            action.accept(json.readTree(payload));
        } catch (JacksonException | ChatException | IllegalArgumentException e) {
            log.warn("Dropped a bad message on {}: {}", channel, e.getMessage());
        }
    }

    private static String optional(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isString() ? value.asString() : null;
    }

    @Override
    public void close() {
        subscriptions.forEach(PubSub.Listening::close);
    }
}
