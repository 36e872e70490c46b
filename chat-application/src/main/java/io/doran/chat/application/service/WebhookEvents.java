package io.doran.chat.application.service;

import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.WebhookDelivery;
import io.doran.chat.application.port.out.WebhookEndpoints;
import io.doran.chat.application.port.out.WebhookEvent;
import io.doran.chat.application.port.out.WebhookEventType;
import io.doran.chat.application.port.out.WebhookOutbox;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.ParticipantAdded;
import io.doran.chat.domain.event.ParticipantRemoved;
import io.doran.chat.domain.event.RoomDeleted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.UserBanned;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.room.Participant;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns what happened in a room into webhook events (issue 18) and puts one delivery per subscribed receiver in the
 * outbox. The chat only hands an event over: a bounded queue and one background thread write it to the outbox, so
 * neither a slow store nor a failing receiver ever slows a send; when the queue is full the event is dropped and
 * counted ({@link #dropped()}). Only events of changes already stored arrive here.
 */
public final class WebhookEvents implements AutoCloseable {

    private static final System.Logger log = System.getLogger(WebhookEvents.class.getName());

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;
    private final Presence presence;
    private final Clock clock;
    private final BlockingQueue<Runnable> handoff;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    private WebhookEvents(WebhookEndpoints endpoints, WebhookOutbox outbox, Presence presence, Clock clock,
                          boolean start) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.presence = presence;
        this.clock = clock;
        this.handoff = new ArrayBlockingQueue<>(endpoints.policy().handoff());
        this.writer = start ? Thread.ofVirtual().name("webhook-outbox").start(this::writeAll) : null;
    }

    /** Events for the receivers {@code endpoints} names, written to {@code outbox} by a thread of their own until closed. */
    public static WebhookEvents start(WebhookEndpoints endpoints, WebhookOutbox outbox, Presence presence, Clock clock) {
        return new WebhookEvents(endpoints, outbox, presence, clock, true);
    }

    /** No receivers: nothing is ever handed over. */
    public static WebhookEvents none() {
        return new WebhookEvents(WebhookEndpoints.none(), null, null, Clock.systemUTC(), false);
    }

    /** Hands {@code event}, which happened in {@code room} (as it is after the event), to the receivers subscribed to it. */
    void happened(ChatRoom room, RoomEvent event) {
        if (writer == null) {
            return;
        }
        typeOf(event).ifPresent(type -> handOver(type, room, event));
        if (event instanceof MessagePosted posted && !posted.message().mentions().isEmpty()) {
            handOver(WebhookEventType.MENTION, room, event);
        }
    }

    private void handOver(WebhookEventType type, ChatRoom room, RoomEvent event) {
        if (endpoints.subscribedTo(type).isEmpty()) {
            return;
        }
        List<UserId> participants = room.participants().stream().map(Participant::userId).toList();
        if (!handoff.offer(() -> write(type, event, participants))) {
            if (dropped.getAndIncrement() % 1000 == 0) {
                log.log(System.Logger.Level.WARNING, "Webhook events are coming faster than the outbox takes them; "
                        + "{0} dropped so far", dropped.get());
            }
        }
    }

    /** Events dropped because the hand-over queue was full. */
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.interrupt();
        }
    }

    static Optional<WebhookEventType> typeOf(RoomEvent event) {
        return Optional.ofNullable(switch (event) {
            case MessagePosted posted -> WebhookEventType.MESSAGE_CREATED;
            case MessageEdited edited -> WebhookEventType.MESSAGE_EDITED;
            case MessageDeleted deleted -> WebhookEventType.MESSAGE_DELETED;
            case ParticipantAdded added -> WebhookEventType.MEMBER_ADDED;
            case ParticipantRemoved removed -> WebhookEventType.MEMBER_REMOVED;
            case RoomDeleted deleted -> WebhookEventType.ROOM_DELETED;
            case UserBanned banned -> WebhookEventType.USER_BANNED;
            default -> null;
        });
    }

    private void writeAll() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                handoff.take().run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.WARNING, "A webhook event could not be written to the outbox", e);
            }
        }
    }

    private void write(WebhookEventType type, RoomEvent event, List<UserId> participants) {
        WebhookEvent webhookEvent = new WebhookEvent(UUID.randomUUID().toString(), type, event.at(),
                data(type, event, participants));
        for (String endpoint : endpoints.subscribedTo(type)) {
            if (!outbox.add(WebhookDelivery.first(endpoint, webhookEvent), clock.instant())) {
                dropped.incrementAndGet();
                log.log(System.Logger.Level.WARNING, "The webhook outbox is full: {0} to {1} dropped", type.wireName(),
                        endpoint);
            }
        }
    }

    private Map<String, Object> data(WebhookEventType type, RoomEvent event, List<UserId> participants) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomId", event.roomId().toString());
        if (type == WebhookEventType.MENTION && event instanceof MessagePosted posted) {
            List<UserId> mentioned = posted.message().mentions();
            data.put("message", message(posted.message()));
            data.put("mentioned", mentioned.stream().map(UserId::value).toList());
            data.put("offlineMentioned", offline(mentioned.stream()));
            return data;
        }
        switch (event) {
            case MessagePosted posted -> {
                data.put("message", message(posted.message()));
                data.put("offlineRecipients",
                        offline(participants.stream().filter(user -> !posted.message().isAuthoredBy(user))));
            }
            case MessageEdited edited -> data.put("message", message(edited.message()));
            case MessageDeleted deleted -> {
                data.put("messageId", deleted.message().id().asString());
                data.put("deletedBy", deleted.by().value());
            }
            case ParticipantAdded added -> {
                data.put("userId", added.participant().userId().value());
                data.put("role", added.participant().role().wireName());
                data.put("addedBy", added.by().value());
            }
            case ParticipantRemoved removed -> {
                data.put("userId", removed.userId().value());
                data.put("removedBy", removed.by().value());
                data.put("left", removed.left());
            }
            case RoomDeleted deleted -> data.put("deletedBy", deleted.by().value());
            case UserBanned banned -> {
                data.put("userId", banned.userId().value());
                data.put("bannedBy", banned.by().value());
                if (banned.reason() != null) {
                    data.put("reason", banned.reason());
                }
                if (banned.until() != null) {
                    data.put("until", banned.until().toString());
                }
            }
            default -> {
            }
        }
        return data;
    }

    private List<String> offline(java.util.stream.Stream<UserId> users) {
        return users.filter(user -> !presence.find(user).online()).map(UserId::value).toList();
    }

    private static Map<String, Object> message(Message message) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("messageId", message.id().asString());
        view.put("userId", message.authorId().value());
        view.put("messageType", message.type().wireName());
        message.content().ifPresent(content -> view.put("content", content));
        message.imageUrl().ifPresent(url -> view.put("imageUrl", url));
        view.put("createdAt", message.createdAt().toString());
        message.editedAt().ifPresent(at -> view.put("editedAt", at.toString()));
        return view;
    }
}
