package io.doran.chat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.ModerationRepository;
import io.doran.chat.domain.moderation.Ban;
import io.doran.chat.domain.moderation.ModerationReason;
import io.doran.chat.domain.moderation.Mute;
import io.doran.chat.domain.moderation.Report;
import io.doran.chat.domain.shared.RoomId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ModerationRepository} does: one ban and one mute per user and room, reports newest first. */
public abstract class ModerationRepositoryContract {

    protected ModerationRepository store;
    final RoomId room = RoomId.random();
    final RoomId otherRoom = RoomId.random();

    protected abstract ModerationRepository newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    /** Reports are listed over every room by recent days, so they are made now (a store keeps them for good). */
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    Report report(RoomId room, int minute) {
        return new Report(UUID.randomUUID(), room, Fixtures.id(minute), Fixtures.BOB, Fixtures.CAROL,
                new ModerationReason("spam " + minute), now.minus(Duration.ofMinutes(10 - minute)));
    }

    @Test
    void a_ban_is_found_as_it_was_saved_until_it_is_removed() {
        Ban ban = new Ban(room, Fixtures.BOB, Fixtures.ALICE, new ModerationReason("spam"), Fixtures.T0,
                Fixtures.T0.plus(Duration.ofDays(1)));
        store.saveBan(ban);

        assertThat(store.findBan(room, Fixtures.BOB)).contains(ban);
        assertThat(store.findBan(otherRoom, Fixtures.BOB)).isEmpty();
        assertThat(store.bans(room)).containsExactly(ban);

        assertThat(store.removeBan(room, Fixtures.BOB)).isTrue();
        assertThat(store.findBan(room, Fixtures.BOB)).isEmpty();
        assertThat(store.removeBan(room, Fixtures.BOB)).isFalse();
    }

    @Test
    void a_ban_for_good_without_a_reason_keeps_both_absent() {
        Ban ban = new Ban(room, Fixtures.BOB, Fixtures.ALICE, null, Fixtures.T0, null);
        store.saveBan(ban);

        assertThat(store.findBan(room, Fixtures.BOB)).contains(ban);
    }

    @Test
    void a_later_ban_replaces_the_earlier() {
        store.saveBan(new Ban(room, Fixtures.BOB, Fixtures.ALICE, null, Fixtures.T0, null));
        Ban later = new Ban(room, Fixtures.BOB, Fixtures.CAROL, null, Fixtures.T0.plusSeconds(5),
                Fixtures.T0.plusSeconds(600));
        store.saveBan(later);

        assertThat(store.bans(room)).containsExactly(later);
    }

    @Test
    void a_mute_is_found_until_it_is_removed() {
        Mute mute = new Mute(room, Fixtures.BOB, Fixtures.ALICE, Fixtures.T0, Fixtures.T0.plus(Duration.ofMinutes(10)));
        store.saveMute(mute);

        assertThat(store.findMute(room, Fixtures.BOB)).contains(mute);
        assertThat(store.findMute(room, Fixtures.CAROL)).isEmpty();
        assertThat(store.mutes(room)).containsExactly(mute);
        assertThat(store.mutes(otherRoom)).isEmpty();
        assertThat(store.removeMute(room, Fixtures.BOB)).isTrue();
        assertThat(store.findMute(room, Fixtures.BOB)).isEmpty();
        assertThat(store.mutes(room)).isEmpty();
    }

    @Test
    void reports_are_listed_newest_first_per_room_and_over_every_room() {
        Report first = report(room, 1);
        Report second = report(otherRoom, 2);
        Report third = report(room, 3);
        store.saveReport(first);
        store.saveReport(second);
        store.saveReport(third);

        assertThat(store.reports(room, 10)).containsExactly(third, first);
        assertThat(store.reports(room, 1)).containsExactly(third);
        assertThat(store.recentReports(1000).stream().filter(r -> r.roomId().equals(room) || r.roomId().equals(otherRoom)))
                .containsExactly(third, second, first);
    }

    @Test
    void a_deleted_room_forgets_its_bans_mutes_and_reports() {
        store.saveBan(new Ban(room, Fixtures.BOB, Fixtures.ALICE, null, Fixtures.T0, null));
        store.saveMute(new Mute(room, Fixtures.CAROL, Fixtures.ALICE, Fixtures.T0, Fixtures.T0.plusSeconds(60)));
        store.saveReport(report(room, 1));
        Report kept = report(otherRoom, 2);
        store.saveReport(kept);

        store.deleteRoom(room);

        assertThat(store.findBan(room, Fixtures.BOB)).isEmpty();
        assertThat(store.findMute(room, Fixtures.CAROL)).isEmpty();
        assertThat(store.reports(room, 10)).isEmpty();
        assertThat(store.reports(otherRoom, 10)).containsExactly(kept);
    }
}
