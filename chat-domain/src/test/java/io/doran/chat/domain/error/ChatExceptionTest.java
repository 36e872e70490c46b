package io.doran.chat.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChatExceptionTest {

    @Test
    void an_exception_carries_its_code_and_arguments() {
        ChatException e = new ChatException(ErrorCode.MESSAGE_TOO_LONG, 1000);

        assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
        assertThat(e.args()).containsExactly(1000);
        assertThat(e.getMessage()).isEqualTo("MESSAGE_TOO_LONG [1000]");
    }

    @Test
    void without_arguments_the_log_text_is_the_code() {
        ChatException e = new ChatException(ErrorCode.ROOM_NOT_FOUND);

        assertThat(e.args()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("ROOM_NOT_FOUND");
    }

    @Test
    void a_missing_argument_does_not_hide_the_refusal() {
        ChatException e = new ChatException(ErrorCode.VALIDATION_FAILED, "field", null);

        assertThat(e.args()).containsExactly("field", null);
        assertThat(ErrorMessages.describe(e, Locale.ENGLISH)).isNotBlank();
    }

    @Test
    void the_arguments_cannot_be_changed_afterwards() {
        Object[] args = {"a"};
        ChatException e = new ChatException(ErrorCode.VALIDATION_FAILED, args);
        args[0] = "b";

        assertThat(e.args()).containsExactly("a");
        assertThatThrownBy(() -> e.args().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_code_is_required() {
        assertThatThrownBy(() -> new ChatException(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_rate_limit_refusal_says_when_to_retry() {
        RateLimitedException e = new RateLimitedException(Duration.ofMillis(1500));

        assertThat(e).isInstanceOf(ChatException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1500));
    }
}
