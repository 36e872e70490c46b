package io.doran.chat.adapters.ws.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EngineCodecTest {

    static String text(ByteBuffer bytes) {
        return StandardCharsets.UTF_8.decode(bytes).toString();
    }

    @Test
    void every_packet_type_is_read_from_its_digit_with_its_data() {
        assertThat(EngineCodec.decode("0")).isEqualTo(EnginePacket.text(EnginePacketType.OPEN, ""));
        assertThat(EngineCodec.decode("1").type()).isEqualTo(EnginePacketType.CLOSE);
        assertThat(EngineCodec.decode("2probe")).isEqualTo(EnginePacket.text(EnginePacketType.PING, "probe"));
        assertThat(EngineCodec.decode("3").type()).isEqualTo(EnginePacketType.PONG);
        assertThat(EngineCodec.decode("4안녕 👋")).isEqualTo(EnginePacket.text(EnginePacketType.MESSAGE, "안녕 👋"));
        assertThat(EngineCodec.decode("5").type()).isEqualTo(EnginePacketType.UPGRADE);
        assertThat(EngineCodec.decode("6").type()).isEqualTo(EnginePacketType.NOOP);
    }

    @Test
    void a_b_packet_is_a_binary_message_in_base64() {
        EnginePacket packet = EngineCodec.decode("bAQIDBA==");

        assertThat(packet.type()).isEqualTo(EnginePacketType.MESSAGE);
        assertThat(packet.binary()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_polling_payload_is_split_on_the_record_separator_in_order() {
        List<EnginePacket> packets = EngineCodec.decodePayload("4hello\u001e2\u001ebAQIDBA==\u001e4world");

        assertThat(packets).extracting(EnginePacket::type).containsExactly(EnginePacketType.MESSAGE,
                EnginePacketType.PING, EnginePacketType.MESSAGE, EnginePacketType.MESSAGE);
        assertThat(packets.get(0).text()).isEqualTo("hello");
        assertThat(packets.get(2).binary()).containsExactly(1, 2, 3, 4);
        assertThat(packets.get(3).text()).isEqualTo("world");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "7", "9hello", "/", "b@@@", "4a\u001e", "\u001e4a", "4a\u001e\u001e4b"})
    void anything_else_is_malformed(String payload) {
        assertThatThrownBy(() -> EngineCodec.decodePayload(payload)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void packets_are_joined_by_the_separator_with_binary_ones_in_base64() {
        ByteBuffer payload = EngineCodec.encodePayload(List.of(OutboundPacket.textMessage("hello"),
                OutboundPacket.binaryMessage(new byte[] {1, 2, 3, 4}), OutboundPacket.PING, OutboundPacket.binaryMessage(new byte[0]),
                OutboundPacket.binaryMessage(new byte[] {(byte) 0xff}), OutboundPacket.textMessage("세계")));

        assertThat(text(payload)).isEqualTo("4hello\u001ebAQIDBA==\u001e2\u001eb\u001eb/w==\u001e4세계");
    }

    @Test
    void a_shared_packet_is_read_from_a_slice_so_every_recipient_gets_it_whole() {
        OutboundPacket shared = OutboundPacket.textMessage("2[\"news\"]");

        String first = text(EngineCodec.encodePayload(List.of(shared)));
        String second = text(EngineCodec.encodePayload(List.of(shared, shared)));

        assertThat(first).isEqualTo("42[\"news\"]");
        assertThat(second).isEqualTo("42[\"news\"]\u001e42[\"news\"]");
    }

    @Test
    void a_text_message_must_carry_the_message_type() {
        assertThatThrownBy(() -> OutboundPacket.textMessage(ByteBuffer.wrap("2".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accept_language_gives_the_preferred_languages_first_and_nothing_when_absent_or_broken() {
        assertThat(EngineIoHandler.locales("ko-KR,ko;q=0.9,en;q=0.8")).extracting(java.util.Locale::getLanguage)
                .containsExactly("ko", "ko", "en");
        assertThat(EngineIoHandler.locales(null)).isEmpty();
        assertThat(EngineIoHandler.locales("*")).isEmpty();
        assertThat(EngineIoHandler.locales(";;;q=x")).isEmpty();
    }
}
