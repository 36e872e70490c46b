package io.doran.chat.application.service;

import io.doran.chat.application.port.in.GetPinsUseCase;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.PinMessageUseCase;
import io.doran.chat.application.port.in.PinView;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.PinRepository;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.event.MessagePinned;
import io.doran.chat.domain.event.MessageUnpinned;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.message.Pin;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pin use cases (issue 18): pin, unpin, list. */
public final class PinService implements PinMessageUseCase, GetPinsUseCase {

    private final RoomUpdates rooms;
    private final MessageRepository messages;
    private final PinRepository pins;
    private final Views views;
    private final RoomPublisher publisher;
    private final Clock clock;

    public PinService(RoomRepository rooms, MessageRepository messages, PinRepository pins, ReactionRepository reactions,
                      RoomEventBroadcaster broadcaster, UserDirectory directory, Clock clock) {
        this.rooms = new RoomUpdates(rooms);
        this.messages = messages;
        this.pins = pins;
        this.views = new Views(directory, reactions, messages);
        this.publisher = new RoomPublisher(broadcaster, views, WebhookEvents.none());
        this.clock = clock;
    }

    @Override
    public List<PinView> pin(UserId actor, RoomId roomId, MessageId messageId) {
        ChatRoom room = rooms.load(roomId);
        Message message = messages.find(roomId, messageId)
                .orElseThrow(() -> new ChatException(ErrorCode.MESSAGE_NOT_FOUND));
        MessagePinned pinned = room.pin(actor, message, pins.count(roomId), clock.instant());
        if (pins.add(new Pin(roomId, messageId, actor, pinned.at()))) {
            if (pins.count(roomId) > ChatRoom.MAX_PINS) {
                // Pinned at the same moment as another pin took the last place: this one gives it back.
                pins.remove(roomId, messageId);
                throw new ChatException(ErrorCode.PIN_LIMIT_REACHED, ChatRoom.MAX_PINS);
            }
            publisher.publish(room, pinned);
        }
        return views(room, Optional.of(actor));
    }

    @Override
    public void unpin(UserId actor, RoomId roomId, MessageId messageId) {
        ChatRoom room = rooms.load(roomId);
        MessageUnpinned unpinned = room.unpin(actor, messageId, clock.instant());
        if (pins.remove(roomId, messageId)) {
            publisher.publish(room, unpinned);
        }
    }

    @Override
    public List<PinView> pins(Optional<UserId> viewer, RoomId roomId) {
        ChatRoom room = rooms.load(roomId);
        if (!room.isReadableBy(viewer)) {
            throw new ChatException(viewer.isPresent() ? ErrorCode.NOT_A_PARTICIPANT : ErrorCode.UNAUTHORIZED);
        }
        return views(room, viewer);
    }

    /** The room's pins whose messages are still there, most recently pinned first, with one batch of lookups. */
    private List<PinView> views(ChatRoom room, Optional<UserId> viewer) {
        Map<MessageId, Pin> pinned = new LinkedHashMap<>();
        List<Message> shown = new ArrayList<>();
        for (Pin pin : pins.list(room.id())) {
            messages.find(room.id(), pin.messageId()).filter(m -> !m.isDeleted()).ifPresent(m -> {
                pinned.put(m.id(), pin);
                shown.add(m);
            });
        }
        List<MessageView> messageViews = views.messages(room, shown, viewer);
        List<PinView> result = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Pin pin = pinned.get(shown.get(i).id());
            result.add(new PinView(messageViews.get(i), pin.pinnedBy().value(), pin.pinnedAt()));
        }
        return result;
    }
}
