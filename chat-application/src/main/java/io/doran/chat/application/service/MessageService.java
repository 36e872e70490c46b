package io.doran.chat.application.service;

import io.doran.chat.application.port.in.DeleteMessageUseCase;
import io.doran.chat.application.port.in.EditHistoryView;
import io.doran.chat.application.port.in.EditMessageUseCase;
import io.doran.chat.application.port.in.GetEditHistoryUseCase;
import io.doran.chat.application.port.in.GetHistoryUseCase;
import io.doran.chat.application.port.in.GetRepliesUseCase;
import io.doran.chat.application.port.in.HistoryPage;
import io.doran.chat.application.port.in.MarkReadUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.PostServiceMessageUseCase;
import io.doran.chat.application.port.in.ReactToMessageUseCase;
import io.doran.chat.application.port.in.ReactionsView;
import io.doran.chat.application.port.in.SearchMessagesUseCase;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.ClientMessageIds;
import io.doran.chat.application.port.out.HistoryCursor;
import io.doran.chat.application.port.out.MessageIds;
import io.doran.chat.application.port.out.MessagePage;
import io.doran.chat.application.port.out.MessageSequencer;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.ReadMarkerRepository;
import io.doran.chat.application.port.out.RecentMessageCache;
import io.doran.chat.application.port.out.RecentWindow;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.MessageRead;
import io.doran.chat.domain.event.ReactionChanged;
import io.doran.chat.domain.event.NotificationPushed;
import io.doran.chat.domain.event.ReplyCountChanged;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.MessageBody;
import io.doran.chat.domain.message.ReplyTo;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.message.ReactionKind;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.message.ReadMarker;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The message use cases (000, 002, 003, 004, issue 18): send, page, edit and its history, delete, react, mark read, search. */
public final class MessageService implements SendMessageUseCase, GetHistoryUseCase, EditMessageUseCase, GetEditHistoryUseCase,
        GetRepliesUseCase,
        DeleteMessageUseCase, ReactToMessageUseCase, MarkReadUseCase, SearchMessagesUseCase, PostServiceMessageUseCase {

    private final RoomUpdates rooms;
    private final MessageRepository messages;
    private final ReactionRepository reactions;
    private final ReadMarkerRepository readMarkers;
    private final ClientMessageIds clientIds;
    private final RecentMessageCache recent;
    private final RoomPublisher publisher;
    private final WebhookEvents webhooks;
    private final ModerationChecks moderation;
    private final MessageSequencer sequencer;
    private final MessageIds ids;
    private final Gatekeeper gatekeeper;
    private final Views views;
    private final ChatSettings settings;
    private final ChatMetrics metrics;
    private final UserEventBroadcaster userEvents;
    private final RoomSnapshots snapshots;
    private final Clock clock;

    /** {@code userEvents} tells the users a message mentions (issue 18). */
    public MessageService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                          ReadMarkerRepository readMarkers, ClientMessageIds clientIds, RecentMessageCache recent,
                          RoomEventBroadcaster broadcaster, MessageSequencer sequencer, MessageIds ids,
                          RateLimiter rateLimiter, UserStatuses statuses, UserDirectory directory,
                          ChatSettings settings, Clock clock, UserEventBroadcaster userEvents) {
        this(rooms, messages, reactions, readMarkers, clientIds, recent, broadcaster, sequencer, ids, rateLimiter,
                statuses, directory, settings, ChatMetrics.NONE, clock, userEvents, WebhookEvents.none(), null,
                RoomSnapshots.NONE);
    }

    /**
     * As the other constructor, with the metrics to report to, the webhook receivers to tell what happened, the
     * bans and mutes (issue 18) to refuse sends by, and this node's live rooms, whose snapshots let a send skip
     * reading its room and mutes from the store.
     */
    public MessageService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                          ReadMarkerRepository readMarkers, ClientMessageIds clientIds, RecentMessageCache recent,
                          RoomEventBroadcaster broadcaster, MessageSequencer sequencer, MessageIds ids,
                          RateLimiter rateLimiter, UserStatuses statuses, UserDirectory directory, ChatSettings settings,
                          ChatMetrics metrics, Clock clock, UserEventBroadcaster userEvents, WebhookEvents webhooks,
                          ModerationRepository moderation, RoomSnapshots snapshots) {
        this.userEvents = userEvents;
        this.snapshots = snapshots;
        this.rooms = new RoomUpdates(rooms);
        this.moderation = moderation == null ? ModerationChecks.none() : new ModerationChecks(moderation, clock);
        this.messages = messages;
        this.reactions = reactions;
        this.readMarkers = readMarkers;
        this.clientIds = clientIds;
        this.recent = recent;
        this.views = new Views(directory, reactions, messages);
        this.webhooks = webhooks;
        this.publisher = new RoomPublisher(broadcaster, views, webhooks);
        this.sequencer = sequencer;
        this.ids = ids;
        this.gatekeeper = new Gatekeeper(rateLimiter, statuses);
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public MessageView send(SendMessageUseCase.Command command) {
        long started = System.nanoTime();
        gatekeeper.requireMaySend(command.sender());
        ChatRoom room = roomToSendIn(command.roomId(), command.sender());
        MessageBody body = settings.messages().body(command.messageType(), command.content(), command.imageUrl());
        Optional<Message> parent = command.replyTo().map(id -> visibleMessage(room, id));
        // The send limit is taken with the id's reservation: one round trip on Redis (issue 17).
        Optional<MessageSequencer.Quota> quota = Optional.of(gatekeeper.quota(command.sender(), settings.limits().messages()));
        return post(room, command.sender(), body, command.clientMessageId(), parent, quota, started);
    }

    @Override
    public MessageView post(RoomId roomId, Optional<UserId> onBehalfOf, String messageType, String content,
                            String imageUrl, Optional<ClientMessageId> clientMessageId) {
        long started = System.nanoTime();
        ChatRoom room = rooms.load(roomId);
        if (onBehalfOf.isPresent()) {
            moderation.requireNotMuted(roomId, onBehalfOf.get());
            return post(room, onBehalfOf.get(), settings.messages().body(messageType, content, imageUrl), clientMessageId,
                    Optional.empty(), Optional.empty(), started);
        }
        MessageBody.SystemNotice body = settings.messages().systemNotice(content);
        return postOnce(room, ChatRoom.SYSTEM_USER, clientMessageId, Optional.empty(), started,
                id -> room.postSystem(body, id, clientMessageId.orElse(null), clock.instant())).view();
    }

    /**
     * The room {@code sender} sends in, once they may: this node's snapshot of it when the room is live here and
     * the snapshot lets them (no store read on the hot path); else the room as stored, which also confirms a
     * refusal the snapshot would give, as it may not have heard of a change yet.
     */
    private ChatRoom roomToSendIn(RoomId roomId, UserId sender) {
        Optional<RoomSnapshot> snapshot = snapshots.current(roomId);
        if (snapshot.isPresent() && snapshot.get().allowsToSend(sender, clock.instant())) {
            return snapshot.get().room();
        }
        ChatRoom room = rooms.load(roomId);
        room.requireSender(sender);
        moderation.requireNotMuted(room.id(), sender);
        return room;
    }

    /**
     * Posts in id order (SPEC §7), within the sender's {@code quota} when there is one; a reply to {@code parent}
     * then tells the room the parent's new reply count (issue 18).
     */
    private MessageView post(ChatRoom room, UserId sender, MessageBody body, Optional<ClientMessageId> clientMessageId,
                             Optional<Message> parent, Optional<MessageSequencer.Quota> quota, long started) {
        room.requireSender(sender);
        Posted posted = postOnce(room, sender, clientMessageId, quota, started, id -> parent.isPresent()
                ? room.reply(sender, parent.get(), body, id, clientMessageId.orElse(null), clock.instant())
                : room.post(sender, body, id, clientMessageId.orElse(null), clock.instant()));
        if (posted.now()) {
            parent.ifPresent(p -> publishReplyCount(room, p.id()));
            notifyMentioned(room, posted.view());
        }
        return posted.view();
    }

    /** A message posted now ({@code now}), or the first one a repeated {@code clientMessageId} answers. */
    private record Posted(MessageView view, boolean now) {
    }

    /**
     * Stores and broadcasts the message {@code create} makes with a new id, in id order: the id is reserved in the
     * room first, and any failure before the message is published withdraws it, so the room moves on. A
     * {@code clientMessageId} that {@code claimant} already used in the room answers the first message, stored and
     * broadcast once (SPEC §3 idempotent send), also when the first send's write outlived an outage: a send that
     * fails because a store is out ({@code UNAVAILABLE}) cannot know whether its write landed, so it keeps its
     * claim, and the retry answers the message if it is there ({@link #firstSend}).
     */
    private Posted postOnce(ChatRoom room, UserId claimant, Optional<ClientMessageId> clientMessageId,
                            Optional<MessageSequencer.Quota> quota, long started, Function<MessageId, Message> create) {
        try (MessageSequencer.Slot slot = reserve(room, quota)) {
            Message message = create.apply(slot.id());
            if (clientMessageId.isPresent()) {
                Optional<Message> first = firstSend(room, claimant, clientMessageId.get(), slot.id());
                if (first.isPresent()) {
                    return new Posted(views.message(room, first.get()), false);
                }
            }
            try {
                return new Posted(store(room, message, slot, started), true);
            } catch (RuntimeException e) {
                boolean mayHaveLanded = e instanceof ChatException failure && failure.code() == ErrorCode.UNAVAILABLE;
                if (!mayHaveLanded) {
                    clientMessageId.ifPresent(clientId -> clientIds.release(room.id(), claimant, clientId));
                }
                throw e;
            }
        }
    }

    /**
     * Claims {@code clientId} for {@code candidate}: empty when this send is the one to store its message, or the
     * message an earlier send with the same id stored. When the earlier send claimed the id but its message is not
     * there, that send is still under way, or it failed: within {@link MessageSequencer#LAPSE} of its id it is
     * answered {@code UNAVAILABLE} (try again), after that the claim passes to this send, as a reservation that
     * long unsettled lapses too.
     */
    private Optional<Message> firstSend(ChatRoom room, UserId claimant, ClientMessageId clientId, MessageId candidate) {
        Optional<MessageId> claimed = clientIds.claim(room.id(), claimant, clientId, candidate, settings.idempotencyTtl());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Message> stored = messages.find(room.id(), claimed.get());
        if (stored.isPresent()) {
            return stored;
        }
        if (clock.instant().isBefore(claimed.get().timestamp().plus(MessageSequencer.LAPSE))
                || !clientIds.takeOver(room.id(), claimant, clientId, claimed.get(), candidate, settings.idempotencyTtl())) {
            throw new ChatException(ErrorCode.UNAVAILABLE, "a send with this clientMessageId is still under way");
        }
        return Optional.empty();
    }

    /**
     * Tells every user the message mentions, on all their connections whether or not they joined the room
     * (mentions, issue 18): {@code notification {notificationType: "mention", roomId, messageId, message, link}}.
     */
    private void notifyMentioned(ChatRoom room, MessageView sent) {
        if (sent.mentions().isEmpty()) {
            return;
        }
        String text = sent.displayName() + ": " + ReplyTo.excerptOf(sent.content() == null ? "" : sent.content());
        String link = "/#" + room.id();
        MessageId messageId = MessageId.parse(sent.messageId());
        Instant now = clock.instant();
        for (String user : sent.mentions()) {
            userEvents.publish(new NotificationPushed(UserId.of(user), NotificationPushed.MENTION, text, link, now,
                    room.id(), messageId));
        }
    }

    /** Tells the room how many visible replies {@code parent} has now (threads, issue 18). */
    private void publishReplyCount(ChatRoom room, MessageId parent) {
        int count = messages.replyCounts(room.id(), List.of(parent)).getOrDefault(parent, 0);
        publisher.publish(room, new ReplyCountChanged(room.id(), parent, count, clock.instant()));
    }

    @Override
    public HistoryPage replies(RepliesQuery query) {
        ChatRoom room = readable(query.viewer(), query.roomId());
        visibleMessage(room, query.messageId());
        MessagePage page = messages.replies(room.id(), query.messageId(), query.before(), query.limit());
        return new HistoryPage(views.messages(room, page.messages(), query.viewer()), page.hasMore());
    }

    /**
     * A slot for a new message id in the room, within {@code quota} (else {@code RATE_LIMITED}, with when to retry).
     * When a larger id already went out there (another node's clock runs ahead), the next id is made larger than it.
     */
    private MessageSequencer.Slot reserve(ChatRoom room, Optional<MessageSequencer.Quota> quota) {
        MessageId id = ids.next();
        for (int attempt = 1; ; attempt++) {
            switch (sequencer.reserve(room.id(), id, quota)) {
                case MessageSequencer.Reserved reserved -> {
                    return reserved.slot();
                }
                case MessageSequencer.Limited limited -> {
                    metrics.rateLimited(quota.orElseThrow().limit().name());
                    throw new RateLimitedException(limited.retryAfter());
                }
                case MessageSequencer.Behind behind -> {
                    if (attempt == RoomUpdates.MAX_ATTEMPTS) {
                        throw new ChatException(ErrorCode.CONFLICT);
                    }
                    id = ids.nextAfter(behind.lastOut());
                }
            }
        }
    }

    /**
     * Durable first, then cached and broadcast, both by the slot as the message goes out in id order (SPEC §7: no
     * new-message before the write). The broadcast carries when the message became durable, from which every node
     * measures its fan-out.
     */
    private MessageView store(ChatRoom room, Message message, MessageSequencer.Slot slot, long started) {
        messages.save(message, room.expiresAt());
        Instant durableAt = clock.instant();
        metrics.messageStored(message.type(), System.nanoTime() - started);
        MessagePosted posted = new MessagePosted(message);
        RoomBroadcast.Shown shown = views.shown(room, posted);
        slot.publish(new RoomBroadcast(posted, shown, durableAt));
        webhooks.happened(room, posted);
        return LiveUpdates.newMessage(posted, shown).message();
    }

    @Override
    public HistoryPage history(Query query) {
        ChatRoom room = readable(query.viewer(), query.roomId());
        MessagePage page;
        if (query.before().isPresent()) {
            page = messages.page(room.id(), new HistoryCursor.Before(query.before().get()), query.limit());
        } else if (query.after().isPresent()) {
            page = messages.page(room.id(), new HistoryCursor.After(query.after().get()), query.limit());
        } else {
            page = newest(room.id(), query.limit());
        }
        return new HistoryPage(views.messages(room, page.messages(), query.viewer()), page.hasMore());
    }

    /** The newest page, from the recent-message cache when it can answer, warming it when cold. */
    private MessagePage newest(RoomId roomId, int limit) {
        Optional<RecentWindow> cached = recent.get(roomId);
        if (cached.isPresent() && (limit <= cached.get().newestFirst().size() || !cached.get().hasOlder())) {
            return cut(cached.get().newestFirst(), limit, cached.get().hasOlder());
        }
        long version = recent.version(roomId);
        MessagePage page = messages.page(roomId, HistoryCursor.latest(), Math.max(limit, recent.capacity()));
        List<Message> window = page.messages().subList(0, Math.min(recent.capacity(), page.messages().size()));
        recent.fill(roomId, new RecentWindow(window, page.hasMore() || page.messages().size() > window.size()), version);
        return cut(page.messages(), limit, page.hasMore());
    }

    private static MessagePage cut(List<Message> newestFirst, int limit, boolean olderBeyond) {
        if (newestFirst.size() > limit) {
            return new MessagePage(newestFirst.subList(0, limit), true);
        }
        return new MessagePage(newestFirst, olderBeyond);
    }

    @Override
    public MessageView edit(UserId actor, RoomId roomId, MessageId messageId, String content) {
        gatekeeper.throttle(actor, settings.limits().edits());
        ChatRoom room = rooms.load(roomId);
        Message message = visibleMessage(room, messageId);
        Instant now = clock.instant();
        MessageEdited edited = room.editMessage(actor, message, settings.messages().content(content), now);
        messages.saveRevision(roomId, message.asRevision(now), room.expiresAt());
        messages.save(edited.message(), room.expiresAt());
        recent.replace(edited.message());
        publisher.publish(room, edited);
        return views.messages(room, List.of(edited.message()), Optional.of(actor)).getFirst();
    }

    @Override
    public EditHistoryView edits(UserId viewer, RoomId roomId, MessageId messageId) {
        ChatRoom room = rooms.load(roomId);
        Message message = visibleMessage(room, messageId);
        room.requireMayViewEditHistory(viewer, message);
        List<EditHistoryView.Edit> edits = messages.revisions(roomId, messageId).stream()
                .map(r -> new EditHistoryView.Edit(r.revision(), r.content(), r.writtenAt(), r.replacedAt()))
                .toList();
        return new EditHistoryView(messageId.asString(), roomId.toString(), message.editCount(), edits);
    }

    @Override
    public void delete(UserId actor, RoomId roomId, MessageId messageId) {
        gatekeeper.throttle(actor, settings.limits().edits());
        ChatRoom room = rooms.load(roomId);
        MessageDeleted deleted = room.deleteMessage(actor, visibleMessage(room, messageId), clock.instant());
        messages.save(deleted.message(), room.expiresAt());
        recent.remove(roomId, messageId);
        publisher.publish(room, deleted);
        deleted.message().replyTo().ifPresent(parent -> publishReplyCount(room, parent.messageId()));
    }

    @Override
    public void delete(UserId actor, MessageId messageId) {
        Message message = messages.find(messageId).orElseThrow(() -> new ChatException(ErrorCode.MESSAGE_NOT_FOUND));
        delete(actor, message.roomId(), messageId);
    }

    @Override
    public ReactionsView react(UserId actor, RoomId roomId, MessageId messageId, String kind, boolean on) {
        gatekeeper.throttle(actor, settings.limits().reactions());
        ChatRoom room = rooms.load(roomId);
        Instant now = clock.instant();
        room.requireMayReact(actor, now);
        visibleMessage(room, messageId);
        ReactionKind reactionKind = settings.reactions().kind(kind);
        boolean changed = on ? reactions.add(roomId, messageId, actor, reactionKind)
                : reactions.remove(roomId, messageId, actor, reactionKind);
        if (changed) {
            publisher.publish(room, new ReactionChanged(roomId, messageId, actor, reactionKind, on, now));
        }
        ReactionSummary summary = reactions.summaries(roomId, List.of(messageId), Optional.of(actor))
                .getOrDefault(messageId, ReactionSummary.empty());
        return new ReactionsView(roomId.toString(), messageId.asString(), Views.counts(summary), Views.kinds(summary.mine()));
    }

    @Override
    public int markRead(UserId actor, RoomId roomId, MessageId messageId) {
        gatekeeper.throttle(actor, settings.limits().reads());
        ChatRoom room = rooms.load(roomId);
        room.requireParticipant(actor);
        visibleMessage(room, messageId);
        Instant now = clock.instant();
        Optional<ReadMarker> stored = readMarkers.find(roomId, actor);
        Optional<ReadMarker> moved = stored.isEmpty() ? Optional.of(ReadMarker.first(roomId, actor, messageId, now))
                : stored.get().advanceTo(messageId, now);
        if (moved.isPresent() && readMarkers.advance(moved.get())) {
            publisher.publish(room, new MessageRead(roomId, actor, messageId, now));
        }
        Optional<MessageId> marker = readMarkers.find(roomId, actor).map(ReadMarker::lastRead);
        return messages.countAfter(roomId, marker, actor, settings.unreadCap());
    }

    @Override
    public List<MessageView> search(Optional<UserId> viewer, RoomId roomId, String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "q must not be empty");
        }
        if (limit > MAX_RESULTS) {
            throw new ChatException(ErrorCode.LIMIT_TOO_LARGE, MAX_RESULTS);
        }
        if (limit < 1) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "limit must be at least 1");
        }
        ChatRoom room = readable(viewer, roomId);
        return views.messages(room, messages.search(roomId, query.strip(), limit), viewer);
    }

    private ChatRoom readable(Optional<UserId> viewer, RoomId roomId) {
        ChatRoom room = rooms.load(roomId);
        if (!room.isReadableBy(viewer)) {
            throw new ChatException(viewer.isPresent() ? ErrorCode.NOT_A_PARTICIPANT : ErrorCode.UNAUTHORIZED);
        }
        return room;
    }

    private Message visibleMessage(ChatRoom room, MessageId messageId) {
        Message message = messages.find(room.id(), messageId)
                .orElseThrow(() -> new ChatException(ErrorCode.MESSAGE_NOT_FOUND));
        message.requireVisible();
        return message;
    }
}
