package io.doran.chat.adapters.redis.in;

import io.doran.chat.adapters.redis.PubSub;
import io.doran.chat.application.port.in.ApplyUserStatusUseCase;
import io.doran.chat.application.port.in.PostServiceMessageUseCase;
import io.doran.chat.application.port.in.PushNotificationUseCase;
import io.doran.chat.application.port.in.RemoveFromRoomByServiceUseCase;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The external channels other services publish on (SPEC §6): {@code notifications}
 * ({@code {userId, type, message, link}}, 004) become personal notifications on whatever node the user
 * is; {@code room-events} become system notices in the room ({@code {roomId, message}}) or removals
 * ({@code {roomId, type: "removal", userId}}, 004);
 * {@code user-events} ({@code {userId, status}}, 003) change a user's status. Every node subscribes and
 * exactly one handles each message: the first to claim it in Redis. A message whose handling meets an
 * outage keeps its claim and is tried again by the node that claimed it ({@link ChannelInbox}), so an
 * outage of Redis or ScyllaDB delays it but does not lose it; a system notice is posted with a
 * {@code clientMessageId} named after its delivery, so that an attempt whose write landed unseen is not posted
 * twice. Bad messages are logged and dropped.
 */
public final class ExternalChannels implements AutoCloseable {

    /** Messages a channel may hold while a store is out before it drops new ones. */
    static final int INBOX = 10_000;

    private final PubSub pubSub;
    private final JsonMapper json;
    private final List<ChannelInbox> inboxes = new ArrayList<>();
    private final List<PubSub.Listening> subscriptions = new ArrayList<>();

    public ExternalChannels(PubSub pubSub, JsonMapper json, PushNotificationUseCase notifications,
                            PostServiceMessageUseCase roomMessages, RemoveFromRoomByServiceUseCase removals,
                            ApplyUserStatusUseCase statuses) {
        this.pubSub = pubSub;
        this.json = json;
        listen("notifications", (event, delivery) -> notifications.push(UserId.of(event.path("userId").asString()),
                event.path("type").asString(), event.path("message").asString(), optional(event, "link")));
        listen("room-events", (event, delivery) -> {
            RoomId room = RoomId.parse(event.path("roomId").asString());
            if ("removal".equals(event.path("type").asString())) {
                removals.removeFromRoom(room, UserId.of(event.path("userId").asString()));
            } else {
                roomMessages.post(room, Optional.empty(), "system", event.path("message").asString(), null,
                        Optional.of(new ClientMessageId("room-events:" + delivery)));
            }
        });
        listen("user-events", (event, delivery) -> statuses.apply(UserId.of(event.path("userId").asString()),
                UserStatus.valueOf(event.path("status").asString().toUpperCase(Locale.ROOT))));
    }

    private void listen(String channel, BiConsumer<JsonNode, UUID> action) {
        ChannelInbox inbox = new ChannelInbox(channel, INBOX, new Claimed(channel, action));
        inboxes.add(inbox);
        subscriptions.add(pubSub.listen(channel, inbox::offer));
    }

    /** One message: claimed in Redis, then parsed and applied; a malformed one is {@code VALIDATION_FAILED}. */
    private final class Claimed implements ChannelInbox.Handler {

        private final String channel;
        private final BiConsumer<JsonNode, UUID> action;

        Claimed(String channel, BiConsumer<JsonNode, UUID> action) {
            this.channel = channel;
            this.action = action;
        }

        @Override
        public boolean claim(String payload) {
            return pubSub.claimOnce(channel, payload);
        }

        /** Handled with the event's user and room in the logging context, when they are valid ids; cleared after. */
        @Override
        public void handle(String payload, UUID delivery) {
            try {
                JsonNode event = json.readTree(payload);
                logContext(event);
                action.accept(event, delivery);
            } catch (JacksonException | IllegalArgumentException e) {
                throw new ChatException(ErrorCode.VALIDATION_FAILED, e.getMessage());
            } finally {
                MDC.remove("userId");
                MDC.remove("roomId");
            }
        }

        private static void logContext(JsonNode event) {
            try {
                if (event.path("userId").isString()) {
                    MDC.put("userId", UserId.of(event.path("userId").asString()).value());
                }
                if (event.path("roomId").isString()) {
                    MDC.put("roomId", RoomId.parse(event.path("roomId").asString()).toString());
                }
            } catch (ChatException | IllegalArgumentException e) {
                // Not an id: the action refuses the event, and the log keeps only valid ids.
            }
        }
    }

    private static String optional(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isString() ? value.asString() : null;
    }

    @Override
    public void close() {
        subscriptions.forEach(PubSub.Listening::close);
        inboxes.forEach(ChannelInbox::close);
    }
}
