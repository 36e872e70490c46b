package io.doran.chat.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void every_code_has_an_english_and_a_korean_text(ErrorCode code) {
        String english = ErrorMessages.describe(code, List.of("x"), Locale.ENGLISH);
        String korean = ErrorMessages.describe(code, List.of("x"), Locale.KOREAN);

        assertThat(english).isNotEqualTo(code.name()).doesNotContain("{0}");
        assertThat(korean).isNotEqualTo(code.name()).isNotEqualTo(english);
    }

    @Test
    void texts_carry_their_arguments_and_follow_the_seeds() {
        assertThat(ErrorMessages.describe(new ChatException(ErrorCode.MESSAGE_TOO_LONG, 1000), Locale.KOREAN))
                .isEqualTo("메시지는 1000자 이하여야 합니다");
        assertThat(ErrorMessages.describe(new ChatException(ErrorCode.ROOM_NOT_FOUND), Locale.KOREAN))
                .isEqualTo("방을 찾을 수 없습니다");
        assertThat(ErrorMessages.describe(new ChatException(ErrorCode.LIMIT_TOO_LARGE, 100), Locale.ENGLISH))
                .isEqualTo("limit may not exceed 100.");
    }

    @ParameterizedTest
    @EnumSource(ErrorReason.class)
    void every_reason_has_an_english_and_a_korean_text(ErrorReason reason) {
        ChatException refusal = ChatException.because(reason.code(), reason);
        String plain = ErrorMessages.describe(reason.code(), List.of(), Locale.ENGLISH);

        assertThat(ErrorMessages.describe(refusal, Locale.ENGLISH)).isNotEqualTo(plain).doesNotContain(reason.code().name());
        assertThat(ErrorMessages.describe(refusal, Locale.KOREAN))
                .isNotEqualTo(ErrorMessages.describe(refusal, Locale.ENGLISH)).doesNotContain(reason.code().name());
    }

    @Test
    void a_reason_refines_one_code_only() {
        assertThatThrownBy(() -> ChatException.because(ErrorCode.FORBIDDEN, ErrorReason.TOKEN_REQUIRED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_member_refused_another_s_message_reads_the_seed_s_words() {
        ChatException refusal = ChatException.because(ErrorCode.FORBIDDEN, ErrorReason.OWN_MESSAGES_DELETE);

        assertThat(refusal.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(ErrorMessages.describe(refusal, Locale.KOREAN)).isEqualTo("본인의 메시지만 삭제할 수 있습니다");
        assertThat(ErrorMessages.describe(refusal, Locale.ENGLISH)).isEqualTo("You can only delete your own messages.");
    }

    @Test
    void other_languages_fall_back_to_english() {
        assertThat(ErrorMessages.describe(ErrorCode.ROOM_NOT_FOUND, List.of(), Locale.FRENCH)).isEqualTo("Room not found.");
    }
}
