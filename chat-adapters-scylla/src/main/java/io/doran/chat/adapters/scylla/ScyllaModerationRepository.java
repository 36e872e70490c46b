package io.doran.chat.adapters.scylla;

import com.datastax.oss.driver.api.core.cql.Row;
import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.domain.moderation.Ban;
import io.doran.chat.domain.moderation.ModerationReason;
import io.doran.chat.domain.moderation.Mute;
import io.doran.chat.domain.moderation.Report;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bans, mutes and reports in ScyllaDB (issue 18): {@code room_bans} and {@code room_mutes} by room and user, each row
 * expiring (TTL) a day after its ban or mute ends; {@code room_reports} per room and {@code reports_by_day} per UTC
 * day for every room's listing, both newest first. The listing over every room reads back at most
 * {@link #REPORT_DAYS} days.
 */
public class ScyllaModerationRepository implements ModerationRepository {

    /** How many days the listing over every room reads back. */
    static final int REPORT_DAYS = 31;
    /** Ended bans and mutes are kept this much longer before the store forgets them. */
    private static final Duration GRACE = Duration.ofDays(1);

    private final Cql cql;
    private final Clock clock;

    ScyllaModerationRepository(Cql cql, Clock clock) {
        this.cql = cql;
        this.clock = clock;
    }

    @Override
    public void saveBan(Ban ban) {
        cql.run("INSERT INTO " + cql.table("room_bans") + " (room_id, user_id, banned_by, reason, banned_at, until)"
                        + " VALUES (?, ?, ?, ?, ?, ?) USING TTL ?", ban.roomId().value(), ban.userId().value(),
                ban.by().value(), ban.reasonIfAny().map(ModerationReason::value).orElse(null), ban.at(), ban.until(),
                ttl(ban.until()));
    }

    @Override
    public Optional<Ban> findBan(RoomId roomId, UserId userId) {
        return cql.rows("SELECT * FROM " + cql.table("room_bans") + " WHERE room_id = ? AND user_id = ?",
                ScyllaModerationRepository::ban, roomId.value(), userId.value()).stream().findFirst();
    }

    @Override
    public boolean removeBan(RoomId roomId, UserId userId) {
        boolean existed = findBan(roomId, userId).isPresent();
        cql.run("DELETE FROM " + cql.table("room_bans") + " WHERE room_id = ? AND user_id = ?", roomId.value(),
                userId.value());
        return existed;
    }

    @Override
    public List<Ban> bans(RoomId roomId) {
        return cql.rows("SELECT * FROM " + cql.table("room_bans") + " WHERE room_id = ?", ScyllaModerationRepository::ban,
                roomId.value());
    }

    @Override
    public void saveMute(Mute mute) {
        cql.run("INSERT INTO " + cql.table("room_mutes") + " (room_id, user_id, muted_by, muted_at, until)"
                        + " VALUES (?, ?, ?, ?, ?) USING TTL ?", mute.roomId().value(), mute.userId().value(),
                mute.by().value(), mute.at(), mute.until(), ttl(mute.until()));
    }

    @Override
    public Optional<Mute> findMute(RoomId roomId, UserId userId) {
        return cql.rows("SELECT * FROM " + cql.table("room_mutes") + " WHERE room_id = ? AND user_id = ?",
                ScyllaModerationRepository::mute, roomId.value(), userId.value()).stream().findFirst();
    }

    @Override
    public List<Mute> mutes(RoomId roomId) {
        return cql.rows("SELECT * FROM " + cql.table("room_mutes") + " WHERE room_id = ?", ScyllaModerationRepository::mute,
                roomId.value());
    }

    private static Mute mute(Row row) {
        return new Mute(new RoomId(row.getUuid("room_id")), UserId.of(row.getString("user_id")),
                UserId.of(row.getString("muted_by")), row.getInstant("muted_at"), row.getInstant("until"));
    }

    @Override
    public boolean removeMute(RoomId roomId, UserId userId) {
        boolean existed = findMute(roomId, userId).isPresent();
        cql.run("DELETE FROM " + cql.table("room_mutes") + " WHERE room_id = ? AND user_id = ?", roomId.value(),
                userId.value());
        return existed;
    }

    @Override
    public void saveReport(Report report) {
        Object[] values = {report.roomId().value(), report.at(), report.id(), report.messageId().value(),
                report.authorId().value(), report.reporter().value(), report.reason().value()};
        cql.run("INSERT INTO " + cql.table("room_reports") + " (room_id, reported_at, report_id, message_id, author_id,"
                + " reporter, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", values);
        cql.run("INSERT INTO " + cql.table("reports_by_day") + " (day, room_id, reported_at, report_id, message_id,"
                + " author_id, reporter, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", prepend(day(report.at()), values));
    }

    @Override
    public List<Report> reports(RoomId roomId, int limit) {
        return cql.rows("SELECT * FROM " + cql.table("room_reports") + " WHERE room_id = ? LIMIT ?",
                ScyllaModerationRepository::report, roomId.value(), limit);
    }

    @Override
    public List<Report> recentReports(int limit) {
        List<Report> reports = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int i = 0; i < REPORT_DAYS && reports.size() < limit; i++, day = day.minusDays(1)) {
            reports.addAll(cql.rows("SELECT * FROM " + cql.table("reports_by_day") + " WHERE day = ? LIMIT ?",
                    ScyllaModerationRepository::report, day.toString(), limit - reports.size()));
        }
        return reports;
    }

    /** The room's bans, mutes and own report list go; the reports stay in the listing over every room. */
    @Override
    public void deleteRoom(RoomId roomId) {
        for (String table : List.of("room_bans", "room_mutes", "room_reports")) {
            cql.run("DELETE FROM " + cql.table(table) + " WHERE room_id = ?", roomId.value());
        }
    }

    private int ttl(Instant until) {
        if (until == null) {
            return 0;
        }
        long seconds = Duration.between(clock.instant(), until.plus(GRACE)).toSeconds();
        return (int) Math.max(1, Math.min(seconds, Integer.MAX_VALUE));
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Ban ban(Row row) {
        String reason = row.getString("reason");
        return new Ban(new RoomId(row.getUuid("room_id")), UserId.of(row.getString("user_id")),
                UserId.of(row.getString("banned_by")), reason == null ? null : new ModerationReason(reason),
                row.getInstant("banned_at"), row.getInstant("until"));
    }

    private static Report report(Row row) {
        return new Report(row.getUuid("report_id"), new RoomId(row.getUuid("room_id")),
                new MessageId(row.getLong("message_id")), UserId.of(row.getString("author_id")),
                UserId.of(row.getString("reporter")), new ModerationReason(row.getString("reason")),
                row.getInstant("reported_at"));
    }
}
