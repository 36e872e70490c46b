package io.doran.chat.application.service;

import static io.doran.chat.application.service.ChatHarness.ALICE;
import static io.doran.chat.application.service.ChatHarness.BOB;
import static io.doran.chat.application.service.ChatHarness.CAROL;
import static io.doran.chat.application.service.ChatHarness.id;
import static io.doran.chat.application.service.RoomServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.IssueDevTokenUseCase.DevToken;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.PresentedCredentials;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import io.doran.chat.domain.user.UserStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessAndUserServiceTest {

    final ChatHarness chat = new ChatHarness();

    @Test
    void a_dev_token_authenticates_its_user_and_names_them() {
        DevToken token = chat.access.issue(ALICE, "앨리스");

        Caller caller = chat.access.authenticate(token.token());

        assertThat(caller.userId()).isEqualTo(ALICE);
        assertThat(chat.directory.profiles(List.of(ALICE)).get(ALICE).nickname()).contains("ALICE");
    }

    @Test
    void a_token_missing_from_the_token_store_is_revoked() {
        DevToken token = chat.access.issue(ALICE, null);
        String jti = token.token().split(":")[2];

        chat.tokenStore.revoke(jti);

        refused(ErrorCode.REVOKED_TOKEN, () -> chat.access.authenticate(token.token()));
        refused(ErrorCode.REVOKED_TOKEN, () -> chat.access.authenticate("token-for:bob:never-stored"));
    }

    @Test
    void without_the_token_store_check_a_valid_signature_is_enough() {
        ChatHarness relaxed = new ChatHarness(ChatSettings.defaults().withTokenStoreCheck(false));

        assertThat(relaxed.access.authenticate("token-for:bob:never-stored").userId()).isEqualTo(BOB);
    }

    @Test
    void bad_expired_and_missing_tokens_are_refused() {
        refused(ErrorCode.INVALID_TOKEN, () -> chat.access.authenticate("garbage"));
        refused(ErrorCode.EXPIRED_TOKEN, () -> chat.access.authenticate("expired-token"));
        refused(ErrorCode.UNAUTHORIZED, () -> chat.access.authenticate(" "));
        refused(ErrorCode.UNAUTHORIZED, () -> chat.access.authenticate((String) null));
    }

    @Test
    void credentials_are_read_in_one_order_explicit_then_authorization_then_query_then_cookie() {
        String alice = chat.access.issue(ALICE, null).token();
        String alsoAlice = chat.access.issue(ALICE, null).token();

        var headerFirst = chat.access.authenticate(new PresentedCredentials(List.of("Bearer " + alice), List.of(alsoAlice),
                List.of(alsoAlice), Optional.empty())).orElseThrow();
        var queryBeforeCookie = chat.access.authenticate(new PresentedCredentials(List.of(), List.of(alice),
                List.of(alsoAlice), Optional.empty())).orElseThrow();
        var explicitFirst = chat.access.authenticate(new PresentedCredentials(List.of("Bearer " + alice), List.of(),
                List.of(alice), Optional.of(alsoAlice))).orElseThrow();

        assertThat(headerFirst.caller().userId()).isEqualTo(ALICE);
        assertThat(headerFirst.token()).isEqualTo(alice);
        assertThat(queryBeforeCookie.token()).isEqualTo(alsoAlice);
        assertThat(explicitFirst.token()).isEqualTo(alsoAlice);
        assertThat(chat.access.authenticate(PresentedCredentials.none())).isEmpty();
        assertThat(chat.access.authenticate(new PresentedCredentials(List.of(), List.of(" ", ""), List.of(""),
                Optional.empty()))).as("cleared cookies and empty parameters are no credential").isEmpty();
    }

    @Test
    void credentials_of_two_users_in_one_request_are_refused_whatever_carries_them() {
        String alice = chat.access.issue(ALICE, null).token();
        String bob = chat.access.issue(BOB, null).token();

        refused(ErrorCode.AMBIGUOUS_CREDENTIALS, () -> chat.access.authenticate(
                new PresentedCredentials(List.of("Bearer " + alice), List.of(bob), List.of(), Optional.empty())));
        refused(ErrorCode.AMBIGUOUS_CREDENTIALS, () -> chat.access.authenticate(
                new PresentedCredentials(List.of(), List.of(alice), List.of(bob), Optional.empty())));
        refused(ErrorCode.AMBIGUOUS_CREDENTIALS, () -> chat.access.authenticate(
                new PresentedCredentials(List.of(), List.of(alice, bob), List.of(), Optional.empty())));
        refused(ErrorCode.AMBIGUOUS_CREDENTIALS, () -> chat.access.authenticate(
                new PresentedCredentials(List.of(), List.of(), List.of(bob), Optional.of(alice))));
    }

    @Test
    void a_bad_credential_beside_a_good_one_refuses_the_request_wherever_it_is() {
        String alice = chat.access.issue(ALICE, null).token();

        refused(ErrorCode.INVALID_TOKEN, () -> chat.access.authenticate(
                new PresentedCredentials(List.of("Bearer forged"), List.of(alice), List.of(), Optional.empty())));
        refused(ErrorCode.INVALID_TOKEN, () -> chat.access.authenticate(
                new PresentedCredentials(List.of("Bearer " + alice), List.of("forged"), List.of(), Optional.empty())));
        refused(ErrorCode.EXPIRED_TOKEN, () -> chat.access.authenticate(
                new PresentedCredentials(List.of(), List.of(alice), List.of("expired-token"), Optional.empty())));
        refused(ErrorCode.INVALID_TOKEN, () -> chat.access.authenticate(
                new PresentedCredentials(List.of("Basic YWxpY2U6cHc="), List.of(alice), List.of(), Optional.empty())));
        refused(ErrorCode.INVALID_TOKEN, () -> chat.access.authenticate(
                new PresentedCredentials(List.of("Bearer "), List.of(), List.of(), Optional.empty())));
        refused(ErrorCode.AMBIGUOUS_CREDENTIALS, () -> chat.access.authenticate(new PresentedCredentials(List.of(),
                List.of("t1", "t2", "t3", "t4", "t5"), List.of(), Optional.empty())));
    }

    @Test
    void a_dev_token_nickname_must_be_text_the_stores_can_keep() {
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.access.issue(ALICE, "x\uD800y"));
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.access.issue(ALICE, "a\u0000b"));
    }

    @Test
    void suspended_users_cannot_authenticate() {
        DevToken token = chat.access.issue(BOB, "bob");
        chat.statuses.set(BOB, UserStatus.SUSPENDED);

        refused(ErrorCode.USER_SUSPENDED, () -> chat.access.authenticate(token.token()));
    }

    @Test
    void dev_token_nicknames_are_short() {
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.access.issue(ALICE, "x".repeat(51)));
    }

    @Test
    void rest_requests_are_rate_limited_per_user() {
        for (int i = 0; i < 60; i++) {
            chat.access.admit(ALICE);
        }

        assertThatThrownBy(() -> chat.access.admit(ALICE)).isInstanceOf(RateLimitedException.class);
        chat.access.admit(BOB);
    }

    @Test
    void a_deleted_user_leaves_every_room_and_admins_are_succeeded() {
        chat.directory.remember(new UserProfile(ALICE, Optional.of("Alice"), Optional.empty(), Optional.empty()));
        RoomView group = chat.room(ALICE, BOB, CAROL);
        RoomView pair = chat.room(ALICE, BOB);

        chat.users.apply(ALICE, UserStatus.DELETED);

        assertThat(chat.roomService.listRooms(ALICE)).isEmpty();
        assertThat(chat.roomService.getRoom(Optional.of(BOB), id(group)).participants())
                .extracting(ParticipantView::userId, ParticipantView::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "admin"),
                        org.assertj.core.groups.Tuple.tuple("carol", "member"));
        assertThat(chat.roomService.getRoom(Optional.of(BOB), id(pair)).userCount()).isEqualTo(1);
        assertThat(chat.statuses.statusOf(ALICE)).isEqualTo(UserStatus.DELETED);
    }

    @Test
    void notifications_need_a_type_and_a_message() {
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.users.push(ALICE, " ", "x", null));
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.users.push(ALICE, "t", null, null));
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.users.push(ALICE, "t", "x\uD800", null));
        refused(ErrorCode.VALIDATION_FAILED, () -> chat.users.push(ALICE, "t", "x", "https://x.io/\uDC00"));
    }

    @Test
    void connection_reports_from_other_services_drive_presence() {
        var connection = new io.doran.chat.domain.live.ConnectionId("external-1");

        chat.users.report(CAROL, connection, true);
        assertThat(chat.users.presence(CAROL).online()).isTrue();
        chat.users.report(CAROL, connection, false);
        assertThat(chat.users.presence(CAROL).online()).isFalse();
    }
}
