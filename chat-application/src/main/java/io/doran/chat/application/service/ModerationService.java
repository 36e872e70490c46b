package io.doran.chat.application.service;

import io.doran.chat.application.port.in.BanUseCase;
import io.doran.chat.application.port.in.MuteUseCase;
import io.doran.chat.application.port.in.ReportUseCase;
import io.doran.chat.application.port.out.MessageRepository;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.application.port.out.ReactionRepository;
import io.doran.chat.application.port.out.RoomEventBroadcaster;
import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.message.Message;
import io.doran.chat.domain.moderation.Ban;
import io.doran.chat.domain.moderation.ModerationReason;
import io.doran.chat.domain.moderation.ModerationTerm;
import io.doran.chat.domain.moderation.Report;
import io.doran.chat.domain.room.ChatRoom;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bans, mutes and reports (issue 18): the aggregate decides who may, this service keeps and tells what happened. */
public final class ModerationService implements BanUseCase, MuteUseCase, ReportUseCase {

    private final RoomUpdates rooms;
    private final MessageRepository messages;
    private final ModerationRepository moderation;
    private final RoomPublisher publisher;
    private final Clock clock;

    public ModerationService(RoomRepository rooms, MessageRepository messages, ReactionRepository reactions,
                             ModerationRepository moderation, RoomEventBroadcaster broadcaster, UserDirectory directory,
                             WebhookEvents webhooks, Clock clock) {
        this.rooms = new RoomUpdates(rooms);
        this.messages = messages;
        this.moderation = moderation;
        this.publisher = new RoomPublisher(broadcaster, new Views(directory, reactions), webhooks);
        this.clock = clock;
    }

    @Override
    public BanView ban(UserId actor, RoomId roomId, UserId target, Optional<String> reason, Optional<Long> minutes) {
        ModerationReason why = reason.filter(text -> !text.isBlank()).map(ModerationReason::new).orElse(null);
        Duration term = minutes.map(ModerationTerm::minutes).orElse(null);
        Instant now = clock.instant();
        RoomUpdates.Changed<ChatRoom.Banned> changed = rooms.update(roomId, room -> room.ban(actor, target, why, term, now));
        moderation.saveBan(changed.result().ban());
        publisher.publish(changed.room(), changed.result().events());
        return view(changed.result().ban());
    }

    @Override
    public void unban(UserId actor, RoomId roomId, UserId target) {
        rooms.load(roomId).requireMayUnban(actor);
        moderation.removeBan(roomId, target);
    }

    @Override
    public List<BanView> bans(UserId actor, RoomId roomId) {
        rooms.load(roomId).requireModerator(actor);
        Instant now = clock.instant();
        return moderation.bans(roomId).stream().filter(ban -> ban.isActive(now))
                .sorted(Comparator.comparing(Ban::at).reversed()).map(ModerationService::view).toList();
    }

    @Override
    public MuteView mute(UserId actor, RoomId roomId, UserId target, long minutes) {
        Duration term = ModerationTerm.minutes(minutes);
        ChatRoom room = rooms.load(roomId);
        ChatRoom.Muted muted = room.mute(actor, target, term, clock.instant());
        moderation.saveMute(muted.mute());
        publisher.publish(room, muted.event());
        return new MuteView(roomId.toString(), target.value(), actor.value(), muted.mute().at(), muted.mute().until());
    }

    @Override
    public void unmute(UserId actor, RoomId roomId, UserId target) {
        ChatRoom room = rooms.load(roomId);
        var lifted = room.unmute(actor, target, clock.instant());
        if (moderation.removeMute(roomId, target)) {
            publisher.publish(room, lifted);
        }
    }

    @Override
    public ReportView report(UserId actor, RoomId roomId, MessageId messageId, String reason) {
        ChatRoom room = rooms.load(roomId);
        Message message = messages.find(roomId, messageId).orElseThrow(() -> new ChatException(ErrorCode.MESSAGE_NOT_FOUND));
        Report report = room.report(actor, message, new ModerationReason(reason), UUID.randomUUID(), clock.instant());
        moderation.saveReport(report);
        return view(report);
    }

    @Override
    public List<ReportView> reports(UserId actor, RoomId roomId, int limit) {
        requireLimit(limit);
        rooms.load(roomId).requireModerator(actor);
        return moderation.reports(roomId, limit).stream().map(ModerationService::view).toList();
    }

    @Override
    public List<ReportView> allReports(int limit) {
        requireLimit(limit);
        return moderation.recentReports(limit).stream().map(ModerationService::view).toList();
    }

    private static void requireLimit(int limit) {
        if (limit > MAX_LIMIT) {
            throw new ChatException(ErrorCode.LIMIT_TOO_LARGE, MAX_LIMIT);
        }
        if (limit < 1) {
            throw new ChatException(ErrorCode.VALIDATION_FAILED, "limit must be at least 1");
        }
    }

    private static BanView view(Ban ban) {
        return new BanView(ban.roomId().toString(), ban.userId().value(), ban.by().value(),
                ban.reasonIfAny().map(ModerationReason::value).orElse(null), ban.at(), ban.until());
    }

    private static ReportView view(Report report) {
        return new ReportView(report.id().toString(), report.roomId().toString(), report.messageId().asString(),
                report.authorId().value(), report.reporter().value(), report.reason().value(), report.at());
    }
}
