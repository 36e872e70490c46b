package io.doran.chat.application.service;

import io.doran.chat.application.port.in.ApplyUserStatusUseCase;
import io.doran.chat.application.port.in.GetPresenceUseCase;
import io.doran.chat.application.port.in.PresenceView;
import io.doran.chat.application.port.in.PushNotificationUseCase;
import io.doran.chat.application.port.in.RemoveParticipantUseCase;
import io.doran.chat.application.port.in.ReportConnectionStatusUseCase;
import io.doran.chat.application.port.out.Presence;
import io.doran.chat.application.port.out.PresenceStatus;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;
import io.doran.chat.domain.event.NotificationPushed;
import io.doran.chat.domain.event.PresenceChanged;
import io.doran.chat.domain.event.UserStatusChanged;
import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.time.Clock;
import java.time.Instant;

/** Users as other services see them (003, 004): presence, connection reports, notifications, status changes. */
public final class UserService implements GetPresenceUseCase, ReportConnectionStatusUseCase, PushNotificationUseCase,
        ApplyUserStatusUseCase {

    private static final int MAX_NOTIFICATION_FIELD = 2000;

    private final Presence presence;
    private final UserStatuses statuses;
    private final UserEventBroadcaster userEvents;
    private final RoomRepository rooms;
    private final RemoveParticipantUseCase removeParticipant;
    private final Clock clock;

    public UserService(Presence presence, UserStatuses statuses, UserEventBroadcaster userEvents, RoomRepository rooms,
                       RemoveParticipantUseCase removeParticipant, Clock clock) {
        this.presence = presence;
        this.statuses = statuses;
        this.userEvents = userEvents;
        this.rooms = rooms;
        this.removeParticipant = removeParticipant;
        this.clock = clock;
    }

    @Override
    public PresenceView presence(UserId user) {
        PresenceStatus status = presence.find(user);
        return new PresenceView(user.value(), status.online(), status.lastSeen().orElse(null));
    }

    @Override
    public void report(UserId user, ConnectionId connection, boolean connected) {
        Instant now = clock.instant();
        boolean changed = connected ? presence.connected(user, connection, now) : presence.disconnected(user, connection, now);
        if (changed) {
            userEvents.publish(new PresenceChanged(user, connected, now));
        }
    }

    @Override
    public void push(UserId user, String type, String message, String link) {
        if (type == null || type.isBlank() || message == null || message.isBlank()) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "type and message are required");
        }
        if (type.length() > 100 || message.length() > MAX_NOTIFICATION_FIELD
                || (link != null && link.length() > MAX_NOTIFICATION_FIELD)) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "notification fields are too long");
        }
        Require.wellFormed(type, "type");
        Require.wellFormed(message, "message");
        Require.wellFormed(link, "link");
        userEvents.publish(new NotificationPushed(user, type.strip(), message.strip(), link, clock.instant()));
    }

    /** Deleted users leave every room through the normal removal rules, so admins are succeeded as usual. */
    @Override
    public void apply(UserId user, UserStatus status) {
        statuses.set(user, status);
        userEvents.publish(new UserStatusChanged(user, status, clock.instant()));
        if (status == UserStatus.DELETED) {
            for (ChatRoom room : rooms.findByParticipant(user)) {
                try {
                    removeParticipant.removeParticipant(user, room.id(), user);
                } catch (ChatException e) {
                    if (e.code() != ErrorCode.ROOM_NOT_FOUND && e.code() != ErrorCode.NOT_A_PARTICIPANT
                            && e.code() != ErrorCode.PARTICIPANT_NOT_FOUND) {
                        throw e;
                    }
                }
            }
        }
    }
}
