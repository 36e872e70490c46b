package io.doran.chat.domain.user;

import io.doran.chat.domain.shared.UserId;
import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {

    @ParameterizedTest
    @ValueSource(strings = {" ann", "ann ", "\tann", "ann\n", "\u00A0ann", "\u200Bann", "ann\uFEFF", "\u200Eann"})
    void a_padded_user_id_is_refused_not_trimmed_into_another_user(String padded) {
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of(padded));
    }

    @Test
    void a_user_id_must_not_be_blank_too_long_or_hold_control_characters() {
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("  "));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of(null));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a".repeat(129)));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of(""));
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

    @ParameterizedTest
    @CsvSource({"ACTIVE,true,true,true", "INACTIVE,true,false,true", "SUSPENDED,false,false,false",
            "DELETED,false,false,false"})
    void what_each_status_allows(UserStatus status, boolean read, boolean send, boolean connect) {
        assertThat(status.mayRead()).isEqualTo(read);
        assertThat(status.maySend()).isEqualTo(send);
        assertThat(status.mayConnect()).isEqualTo(connect);
    }

    @Test
    void a_user_id_may_hold_any_printable_text_inside() {
        assertThat(UserId.of("김철수@example").value()).isEqualTo("김철수@example");
        assertThat(UserId.of("ann smith")).hasToString("ann smith");
        assertThat(UserId.of("👨‍👩‍👧")).hasToString("👨‍👩‍👧");
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a\tb"));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a\u007Fb"));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a\uD800b"));
        refused(ErrorCode.VALIDATION_FAILED, () -> UserId.of("a\uDC00"));
    }

    @Test
    void a_single_character_nickname_is_not_masked_and_korean_names_keep_their_family_name() {
        assertThat(NicknameMask.of("김")).isEqualTo("김");
        assertThat(NicknameMask.of("남궁민수")).isEqualTo("남***");
        assertThat(NicknameMask.of("👨‍👩‍👧")).startsWith("👨").hasSize(2 + 4);
    }
}
