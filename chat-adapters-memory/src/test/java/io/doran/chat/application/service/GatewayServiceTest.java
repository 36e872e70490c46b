package io.doran.chat.application.service;

import static io.doran.chat.application.service.RoomServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.doran.chat.adapters.memory.MemoryUserDirectory;
import io.doran.chat.adapters.memory.MemoryUserStatuses;
import io.doran.chat.application.port.in.Caller;
import io.doran.chat.application.port.in.CredentialSources;
import io.doran.chat.application.port.in.GatewayClaim;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.shared.UserId;
import io.doran.chat.domain.user.UserStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayServiceTest {

    final MemoryUserDirectory directory = new MemoryUserDirectory();
    final MemoryUserStatuses statuses = new MemoryUserStatuses();
    final GatewayService gateway = new GatewayService(Optional.of("s3cret"), directory, statuses);

    static GatewayClaim claim(String secret, String user) {
        return new GatewayClaim(Optional.ofNullable(secret), user, Optional.of(" 앨리스 "), Optional.of(""), Optional.empty());
    }

    @Test
    void the_user_a_gateway_vouches_for_with_its_secret_is_the_caller_and_its_profile_is_remembered() {
        Caller caller = gateway.trust(claim("s3cret", "alice"));

        assertThat(caller.userId()).isEqualTo(UserId.of("alice"));
        assertThat(caller.nickname()).contains("앨리스");
        assertThat(directory.profiles(List.of(UserId.of("alice"))).get(UserId.of("alice")).nickname()).contains("앨리스");
        assertThat(directory.profiles(List.of(UserId.of("alice"))).get(UserId.of("alice")).email()).isEmpty();
    }

    @Test
    void a_missing_or_wrong_secret_is_refused_and_so_is_every_claim_while_the_mode_is_off() {
        GatewayService off = new GatewayService(Optional.empty(), directory, statuses);
        GatewayService blank = new GatewayService(Optional.of(" "), directory, statuses);

        refused(ErrorCode.UNAUTHORIZED, () -> gateway.trust(claim(null, "alice")));
        refused(ErrorCode.UNAUTHORIZED, () -> gateway.trust(claim("s3cret ", "alice")));
        refused(ErrorCode.UNAUTHORIZED, () -> gateway.trust(claim("S3CRET", "alice")));
        refused(ErrorCode.UNAUTHORIZED, () -> off.trust(claim("s3cret", "alice")));
        refused(ErrorCode.UNAUTHORIZED, () -> blank.trust(claim(" ", "alice")));
        assertThat(directory.profiles(List.of(UserId.of("alice")))).doesNotContainKey(UserId.of("alice"));
    }

    @Test
    void a_user_id_is_taken_exactly_as_sent_and_one_that_is_no_valid_id_is_no_identity() {
        refused(ErrorCode.UNAUTHORIZED, () -> gateway.trust(claim("s3cret", " alice")));
        refused(ErrorCode.UNAUTHORIZED, () -> gateway.trust(claim("s3cret", "")));
        refused(ErrorCode.UNAUTHORIZED, () -> gateway.trust(claim("s3cret", "a".repeat(10_000))));
    }

    @Test
    void a_suspended_user_is_refused_even_with_the_secret() {
        statuses.set(UserId.of("mallory"), UserStatus.SUSPENDED);

        refused(ErrorCode.USER_SUSPENDED, () -> gateway.trust(claim("s3cret", "mallory")));
    }

    @Test
    void credential_sources_name_a_cookie_and_a_header_that_http_can_carry() {
        assertThat(CredentialSources.defaults().tokenCookie()).isEqualTo("jwt_token");
        assertThat(CredentialSources.defaults().gatewayTrusted()).isFalse();
        assertThat(new CredentialSources("jwt_token", Optional.of("X-Gateway-Secret")).gatewayTrusted()).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CredentialSources("jwt token", Optional.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CredentialSources("jwt_token", Optional.of("X-Gateway: Secret")));
    }
}
