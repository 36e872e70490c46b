package io.doran.chat.application.port.out;

import io.doran.chat.domain.moderation.Ban;
import io.doran.chat.domain.moderation.Mute;
import io.doran.chat.domain.moderation.Report;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Bans, mutes and reports of rooms (issue 18). A ban or mute is kept at least until it ends (a store may forget it
 * after); one user has at most one ban and one mute per room, the latest. Reports are kept and listed newest first.
 */
public interface ModerationRepository {

    /** Keeps {@code ban}, replacing any earlier ban of the user in the room. */
    void saveBan(Ban ban);

    Optional<Ban> findBan(RoomId roomId, UserId userId);

    /** Forgets the user's ban in the room; true when there was one. */
    boolean removeBan(RoomId roomId, UserId userId);

    /** The room's bans, ended ones possibly included, in no particular order. */
    List<Ban> bans(RoomId roomId);

    /** Keeps {@code mute}, replacing any earlier mute of the user in the room. */
    void saveMute(Mute mute);

    Optional<Mute> findMute(RoomId roomId, UserId userId);

    /** The room's mutes, ended ones possibly included, in no particular order. */
    List<Mute> mutes(RoomId roomId);

    /** Forgets the user's mute in the room; true when there was one. */
    boolean removeMute(RoomId roomId, UserId userId);

    void saveReport(Report report);

    /** The room's reports, newest first, at most {@code limit}. */
    List<Report> reports(RoomId roomId, int limit);

    /** The reports of every room, newest first, at most {@code limit}. */
    List<Report> recentReports(int limit);

    /** Forgets everything of a deleted room. */
    void deleteRoom(RoomId roomId);
}
