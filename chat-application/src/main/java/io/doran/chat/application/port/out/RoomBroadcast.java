package io.doran.chat.application.port.out;

import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.message.ReactionSummary;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A room event on its way to every node with connections in the room (SPEC §7), with what its readers show that
 * the event itself does not say, resolved once by the node where it happened: so no node does any I/O to deliver
 * it. Every node turns it into what its connections are told with the same pure translation, and applies the
 * events that change the room itself (renamed, participants, roles, display names, deleted) to its snapshot of
 * the room instead of reloading it. A new message's broadcast also says when it became durable ({@code durableAt},
 * {@code null} for other events and from a node of an earlier version), from which each node measures its fan-out.
 */
public record RoomBroadcast(RoomEvent event, Shown shown, Instant durableAt) {

    public RoomBroadcast {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(shown, "shown");
    }

    public RoomBroadcast(RoomEvent event, Shown shown) {
        this(event, shown, null);
    }

    /**
     * What a broadcast shows beside its event: the display names of the users it shows (per-room name, else the
     * directory's nickname, else the user id; 000), the directory's email and picture of a new message's author
     * (001's {@code sender} and {@code profile_picture_url}) and, for an edited message, its reaction counts and
     * how many replies it has (issue 18; 0 from a node of an earlier version).
     */
    public record Shown(Map<UserId, String> displayNames, Map<UserId, Profile> profiles, ReactionSummary reactions,
                        int replyCount) {

        public Shown(Map<UserId, String> displayNames, Map<UserId, Profile> profiles, ReactionSummary reactions) {
            this(displayNames, profiles, reactions, 0);
        }

        public Shown {
            displayNames = Map.copyOf(displayNames);
            // A node of an earlier version publishes no profiles.
            profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
            Objects.requireNonNull(reactions, "reactions");
        }

        public static Shown nothing() {
            return new Shown(Map.of(), Map.of(), ReactionSummary.empty());
        }

        public static Shown name(UserId user, String displayName) {
            return new Shown(Map.of(user, displayName), Map.of(), ReactionSummary.empty());
        }

        /** The user's display name, or their id when the publisher did not resolve one. */
        public String displayName(UserId user) {
            return displayNames.getOrDefault(user, user.value());
        }

        /** What the directory knows of the user beside the name; {@link Profile#UNKNOWN} when nothing. */
        public Profile profile(UserId user) {
            return profiles.getOrDefault(user, Profile.UNKNOWN);
        }
    }

    /** A user's email and picture URL as the directory knows them, each {@code null} when unknown. */
    public record Profile(String email, String pictureUrl) {

        public static final Profile UNKNOWN = new Profile(null, null);
    }
}
