package io.doran.chat.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.room.RoomName;
import io.doran.chat.domain.room.Visibility;
import io.doran.chat.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Commands and queries refuse bad input on construction, before any service sees them. */
class CommandValidationTest {

    private static final UserId ALICE = UserId.of("alice");
    private static final RoomId ROOM = RoomId.random();

    private static GetHistoryUseCase.Query history(Optional<MessageId> before, Optional<MessageId> after, int limit) {
        return new GetHistoryUseCase.Query(Optional.of(ALICE), ROOM, before, after, limit);
    }

    private static void refused(ErrorCode code, Executable construction) {
        assertThatThrownBy(construction::execute)
                .isInstanceOf(ChatException.class)
                .satisfies(e -> assertThat(((ChatException) e).code()).isEqualTo(code));
    }

    @Test
    void a_history_limit_over_the_maximum_is_too_large() {
        refused(ErrorCode.LIMIT_TOO_LARGE, () -> history(Optional.empty(), Optional.empty(), 101));
        refused(ErrorCode.LIMIT_TOO_LARGE, () -> history(Optional.empty(), Optional.empty(), Integer.MAX_VALUE));
    }

    @Test
    void a_history_limit_below_one_is_invalid() {
        refused(ErrorCode.VALIDATION_FAILED, () -> history(Optional.empty(), Optional.empty(), 0));
        refused(ErrorCode.VALIDATION_FAILED, () -> history(Optional.empty(), Optional.empty(), -5));
    }

    @Test
    void history_limits_from_one_to_the_maximum_are_accepted() {
        assertThat(history(Optional.empty(), Optional.empty(), 1).limit()).isEqualTo(1);
        assertThat(history(Optional.empty(), Optional.empty(), GetHistoryUseCase.Query.MAX_LIMIT).limit())
                .isEqualTo(100);
        assertThat(GetHistoryUseCase.Query.DEFAULT_LIMIT).isEqualTo(50);
    }

    @Test
    void history_before_and_after_together_are_refused() {
        refused(ErrorCode.VALIDATION_FAILED,
                () -> history(Optional.of(new MessageId(1)), Optional.of(new MessageId(2)), 10));
    }

    @Test
    void history_before_or_after_alone_is_accepted() {
        assertThat(history(Optional.of(new MessageId(7)), Optional.empty(), 10).before()).contains(new MessageId(7));
        assertThat(history(Optional.empty(), Optional.of(new MessageId(7)), 10).after()).contains(new MessageId(7));
    }

    @Test
    void an_anonymous_history_query_has_no_viewer_and_no_cursor() {
        GetHistoryUseCase.Query query = new GetHistoryUseCase.Query(null, ROOM, null, null, 20);

        assertThat(query.viewer()).isEmpty();
        assertThat(query.before()).isEmpty();
        assertThat(query.after()).isEmpty();
    }

    @Test
    void a_history_query_needs_a_room() {
        assertThatThrownBy(() -> new GetHistoryUseCase.Query(Optional.empty(), null, Optional.empty(),
                Optional.empty(), 10)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_new_room_is_private_without_post_or_expiry_unless_told() {
        CreateRoomUseCase.Command command = new CreateRoomUseCase.Command(ALICE, new RoomName("study"), null, null,
                null, null);

        assertThat(command.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(command.participantIds()).isEmpty();
        assertThat(command.postId()).isEmpty();
        assertThat(command.ttl()).isEmpty();
    }

    @Test
    void a_new_room_keeps_its_own_copy_of_the_invitees() {
        List<UserId> invitees = new ArrayList<>(List.of(UserId.of("bob")));
        CreateRoomUseCase.Command command = new CreateRoomUseCase.Command(ALICE, new RoomName("study"), invitees,
                Optional.empty(), Visibility.PUBLIC, Optional.empty());

        invitees.add(UserId.of("carol"));

        assertThat(command.participantIds()).containsExactly(UserId.of("bob"));
        assertThatThrownBy(() -> command.participantIds().add(UserId.of("dave")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_new_room_refuses_a_non_positive_or_over_a_year_expiry() {
        for (Duration ttl : List.of(Duration.ZERO, Duration.ofHours(-1), Duration.ofDays(367))) {
            refused(ErrorCode.VALIDATION_FAILED, () -> new CreateRoomUseCase.Command(ALICE, new RoomName("x"),
                    List.of(), Optional.empty(), Visibility.PRIVATE, Optional.of(ttl)));
        }
        assertThat(new CreateRoomUseCase.Command(ALICE, new RoomName("x"), List.of(), Optional.empty(),
                Visibility.PRIVATE, Optional.of(Duration.ofHours(24))).ttl()).contains(Duration.ofHours(24));
    }

    @Test
    void a_new_room_refuses_too_many_invitees() {
        List<UserId> crowd = IntStream.rangeClosed(0, CreateRoomUseCase.Command.MAX_PARTICIPANTS)
                .mapToObj(i -> UserId.of("user-" + i)).toList();

        refused(ErrorCode.VALIDATION_FAILED, () -> new CreateRoomUseCase.Command(ALICE, new RoomName("x"), crowd,
                Optional.empty(), Visibility.PRIVATE, Optional.empty()));
    }

    @Test
    void a_new_room_needs_a_creator_and_a_name() {
        assertThatThrownBy(() -> new CreateRoomUseCase.Command(null, new RoomName("x"), List.of(), Optional.empty(),
                Visibility.PRIVATE, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CreateRoomUseCase.Command(ALICE, null, List.of(), Optional.empty(),
                Visibility.PRIVATE, Optional.empty())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_send_needs_a_sender_and_a_room_and_defaults_to_no_client_message_id() {
        assertThatThrownBy(() -> new SendMessageUseCase.Command(null, ROOM, "text", "hi", null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SendMessageUseCase.Command(ALICE, null, "text", "hi", null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);

        assertThat(new SendMessageUseCase.Command(ALICE, ROOM, null, "hi", null, null).clientMessageId()).isEmpty();
    }

    @Test
    void a_caller_without_a_nickname_or_token_id_says_so_with_empty_optionals() {
        Caller caller = new Caller(ALICE, null, null, Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(caller.nickname()).isEmpty();
        assertThat(caller.tokenId()).isEmpty();
        assertThatThrownBy(() -> new Caller(ALICE, Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void views_do_not_change_when_their_sources_do() {
        List<MessageView> messages = new ArrayList<>();
        HistoryPage page = new HistoryPage(messages, false);
        messages.add(null);

        Map<String, Long> counts = new java.util.HashMap<>(Map.of("like", 1L));
        Set<String> mine = new java.util.HashSet<>(Set.of("like"));
        ReactionsView reactions = new ReactionsView(ROOM.toString(), "1", counts, mine);
        counts.put("love", 2L);
        mine.add("love");

        assertThat(page.messages()).isEmpty();
        assertThat(reactions.reactions()).containsOnlyKeys("like");
        assertThat(reactions.myReactions()).containsExactly("like");
        assertThat(new JoinLiveRoomUseCase.Joined(ROOM.toString(), 1, Collections.emptyList(), false).missed())
                .isEmpty();
    }
}
