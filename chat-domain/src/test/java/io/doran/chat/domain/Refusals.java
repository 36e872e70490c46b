package io.doran.chat.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a rule refuses with a given code. */
public final class Refusals {

    private Refusals() {
    }

    public static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ChatException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ChatException) e).code()).isEqualTo(code));
    }
}
