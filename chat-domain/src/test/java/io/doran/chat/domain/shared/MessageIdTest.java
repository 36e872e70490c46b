package io.doran.chat.domain.shared;

import static io.doran.chat.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.domain.error.ErrorCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageIdTest {

    @Test
    void an_id_travels_as_its_decimal_string() {
        MessageId id = new MessageId(123456789012345L);

        assertThat(id.asString()).isEqualTo("123456789012345");
        assertThat(id.toString()).isEqualTo("123456789012345");
        assertThat(MessageId.parse(id.asString())).isEqualTo(id);
    }

    @Test
    void the_largest_long_parses() {
        assertThat(MessageId.parse("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "00", "-5", "+5", "1e3", "0x1F", "12 ", "١٢", "9223372036854775808"})
    void anything_but_a_positive_decimal_is_refused(String text) {
        refused(ErrorCode.VALIDATION_FAILED, () -> MessageId.parse(text));
    }

    @Test
    void an_id_must_be_positive() {
        refused(ErrorCode.VALIDATION_FAILED, () -> new MessageId(0));
        refused(ErrorCode.VALIDATION_FAILED, () -> new MessageId(-1));
        refused(ErrorCode.VALIDATION_FAILED, () -> new MessageId(Long.MIN_VALUE));
    }

    @Test
    void ids_order_by_value() {
        MessageId small = new MessageId(5);
        MessageId large = new MessageId(6);

        assertThat(small).isLessThan(large);
        assertThat(large.isAfter(small)).isTrue();
        assertThat(small.isAfter(large)).isFalse();
        assertThat(small.isAfter(new MessageId(5))).isFalse();
    }

    @Test
    void the_first_millisecond_of_the_epoch_is_the_smallest_id() {
        assertThat(MessageId.firstAt(MessageId.EPOCH)).isEqualTo(new MessageId(1));
        assertThat(MessageId.lastAt(MessageId.EPOCH).value()).isEqualTo((1L << 22) - 1);
        assertThat(MessageId.EPOCH).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void an_earlier_id_has_an_earlier_timestamp() {
        Instant t = Instant.parse("2030-06-01T12:00:00.500Z");

        assertThat(MessageId.lastAt(t)).isLessThan(MessageId.firstAt(t.plusMillis(1)));
        assertThat(MessageId.firstAt(t).timestamp()).isEqualTo(t);
        assertThat(MessageId.firstAt(t.plusNanos(999_999)).timestamp()).isEqualTo(t);
    }

    @Test
    void instants_outside_the_41_bit_range_have_no_ids() {
        assertThatThrownBy(() -> MessageId.firstAt(MessageId.EPOCH.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageId.lastAt(MessageId.EPOCH.plusMillis(1L << 41)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
