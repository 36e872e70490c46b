package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.domain.moderation.Ban;
import io.doran.chat.domain.moderation.Mute;
import io.doran.chat.domain.moderation.Report;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bans, mutes and reports of the embedded default, in this node's memory. Reports are kept up to
 * {@link #MAX_REPORTS}, the oldest dropped first, so a server that runs for months cannot run out of memory.
 */
public final class MemoryModerationRepository implements ModerationRepository {

    /** The reports kept at most over every room. */
    public static final int MAX_REPORTS = 10_000;

    private record Key(RoomId roomId, UserId userId) {
    }

    private final Map<Key, Ban> bans = new ConcurrentHashMap<>();
    private final Map<Key, Mute> mutes = new ConcurrentHashMap<>();
    private final Deque<Report> reports = new ArrayDeque<>();

    @Override
    public void saveBan(Ban ban) {
        bans.put(new Key(ban.roomId(), ban.userId()), ban);
    }

    @Override
    public Optional<Ban> findBan(RoomId roomId, UserId userId) {
        return Optional.ofNullable(bans.get(new Key(roomId, userId)));
    }

    @Override
    public boolean removeBan(RoomId roomId, UserId userId) {
        return bans.remove(new Key(roomId, userId)) != null;
    }

    @Override
    public List<Ban> bans(RoomId roomId) {
        return bans.values().stream().filter(ban -> ban.roomId().equals(roomId)).toList();
    }

    @Override
    public void saveMute(Mute mute) {
        mutes.put(new Key(mute.roomId(), mute.userId()), mute);
    }

    @Override
    public Optional<Mute> findMute(RoomId roomId, UserId userId) {
        return Optional.ofNullable(mutes.get(new Key(roomId, userId)));
    }

    @Override
    public List<Mute> mutes(RoomId roomId) {
        return mutes.values().stream().filter(mute -> mute.roomId().equals(roomId)).toList();
    }

    @Override
    public boolean removeMute(RoomId roomId, UserId userId) {
        return mutes.remove(new Key(roomId, userId)) != null;
    }

    @Override
    public synchronized void saveReport(Report report) {
        reports.addFirst(report);
        if (reports.size() > MAX_REPORTS) {
            reports.removeLast();
        }
    }

    @Override
    public synchronized List<Report> reports(RoomId roomId, int limit) {
        return reports.stream().filter(report -> report.roomId().equals(roomId))
                .sorted(Comparator.comparing(Report::at).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<Report> recentReports(int limit) {
        return reports.stream().sorted(Comparator.comparing(Report::at).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized void deleteRoom(RoomId roomId) {
        bans.keySet().removeIf(key -> key.roomId().equals(roomId));
        mutes.keySet().removeIf(key -> key.roomId().equals(roomId));
        reports.removeIf(report -> report.roomId().equals(roomId));
    }
}
