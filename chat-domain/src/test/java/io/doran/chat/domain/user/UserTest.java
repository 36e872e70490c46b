package io.doran.chat.domain.user;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTest {

    @Test
    void a_user_id_is_trimmed() {
        assertThat(UserId.of("  alice ").value()).isEqualTo("alice");
    }

    @Test
    void a_user_id_must_not_be_blank_too_long_or_hold_control_characters() {
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("  "));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of(null));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a".repeat(129)));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a\u0000b"));
        assertThat(UserId.of("a".repeat(128)).value()).hasSize(128);
    }

    @ParameterizedTest
    @CsvSource({"김철수,김**", "Alice,A****", "A,A", "'',''", "😀ab,😀**"})
    void a_nickname_mask_keeps_the_first_character_and_masks_the_rest(String nickname, String mask) {
        assertThat(NicknameMask.of(nickname)).isEqualTo(mask);
    }

    @Test
    void a_missing_nickname_masks_to_nothing() {
        assertThat(NicknameMask.of(null)).isEmpty();
    }

    @Test
    void inactive_users_read_but_do_not_send_and_suspended_users_do_neither() {
        assertThat(UserStatus.ACTIVE.maySend()).isTrue();
        assertThat(UserStatus.INACTIVE.mayRead()).isTrue();
        assertThat(UserStatus.INACTIVE.maySend()).isFalse();
        assertThat(UserStatus.INACTIVE.mayConnect()).isTrue();
        assertThat(UserStatus.SUSPENDED.mayConnect()).isFalse();
        assertThat(UserStatus.SUSPENDED.mayRead()).isFalse();
        assertThat(UserStatus.DELETED.mayConnect()).isFalse();
    }
}
