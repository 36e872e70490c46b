package io.doran.chat.adapters.ws.socketio.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.doran.chat.adapters.ws.socketio.engine.MalformedPacketException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PacketDecoderTest {

    final PacketDecoder decoder = new PacketDecoder(JsonMapper.builder().build());

    @Test
    void connect_to_the_main_namespace_without_and_with_an_auth_payload() {
        Packet bare = decoder.text("0");
        Packet withAuth = decoder.text("0{\"token\":\"123\"}");

        assertThat(bare).isEqualTo(new Packet(Packet.Type.CONNECT, "/", Packet.NO_ACK, null));
        assertThat(withAuth.namespace()).isEqualTo("/");
        assertThat(withAuth.data().path("token").asString()).isEqualTo("123");
    }

    @Test
    void connect_to_a_custom_namespace_with_or_without_the_comma_and_a_payload() {
        assertThat(decoder.text("0/admin,").namespace()).isEqualTo("/admin");
        assertThat(decoder.text("0/admin").namespace()).isEqualTo("/admin");
        Packet withAuth = decoder.text("0/socket,{\"token\":\"abc\"}");
        assertThat(withAuth.namespace()).isEqualTo("/socket");
        assertThat(withAuth.data().path("token").asString()).isEqualTo("abc");
    }

    @Test
    void disconnect_from_a_namespace() {
        assertThat(decoder.text("1")).isEqualTo(new Packet(Packet.Type.DISCONNECT, "/", Packet.NO_ACK, null));
        assertThat(decoder.text("1/admin,").namespace()).isEqualTo("/admin");
    }

    @Test
    void an_event_with_its_arguments_and_an_event_asking_for_an_acknowledgement() {
        Packet event = decoder.text("2[\"message\",1,\"2\",{\"3\":[true]}]");
        Packet withAck = decoder.text("2/admin,12[\"hello\"]");

        assertThat(event.type()).isEqualTo(Packet.Type.EVENT);
        assertThat(event.ackId()).isEqualTo(Packet.NO_ACK);
        assertThat(event.data().toString()).isEqualTo("[\"message\",1,\"2\",{\"3\":[true]}]");
        assertThat(withAck.namespace()).isEqualTo("/admin");
        assertThat(withAck.ackId()).isEqualTo(12);
    }

    @Test
    void an_acknowledgement_carries_its_id_and_possibly_no_arguments() {
        Packet ack = decoder.text("3456[]");

        assertThat(ack.type()).isEqualTo(Packet.Type.ACK);
        assertThat(ack.ackId()).isEqualTo(456);
        assertThat(ack.data().isEmpty()).isTrue();
    }

    @Test
    void a_binary_event_waits_for_its_attachments_then_has_them_in_place_of_the_placeholders() {
        assertThat(decoder.text("52-[\"upload\",{\"file\":{\"_placeholder\":true,\"num\":0}},{\"_placeholder\":true,\"num\":1}]"))
                .isNull();
        assertThat(decoder.binary(new byte[] {1, 2, 3})).isNull();
        Packet packet = decoder.binary(new byte[] {4, 5});

        assertThat(packet.type()).isEqualTo(Packet.Type.EVENT);
        JsonNode data = packet.data();
        assertThat(data.get(1).path("file").isBinary()).isTrue();
        assertThat(data.get(1).path("file").binaryValue()).containsExactly(1, 2, 3);
        assertThat(data.get(2).binaryValue()).containsExactly(4, 5);
    }

    @Test
    void a_binary_acknowledgement_with_a_namespace_and_an_id() {
        assertThat(decoder.text("61-/admin,789[{\"_placeholder\":true,\"num\":0}]")).isNull();
        Packet packet = decoder.binary(new byte[] {9});

        assertThat(packet.type()).isEqualTo(Packet.Type.ACK);
        assertThat(packet.namespace()).isEqualTo("/admin");
        assertThat(packet.ackId()).isEqualTo(789);
        assertThat(packet.data().get(0).binaryValue()).containsExactly(9);
    }

    @Test
    void a_binary_packet_announcing_no_attachment_is_complete_at_once() {
        Packet packet = decoder.text("50-[\"nothing\"]");

        assertThat(packet.type()).isEqualTo(Packet.Type.EVENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "abc", "7", "9[\"x\"]", // no packet type
            "0[]", "0\"token\"", "0{", // CONNECT payload not an object
            "1{}", // DISCONNECT with a payload
            "2", "2{}", "2[]", "2[null]", "2[true]", "2[\"connect\"]", "2[\"disconnect\",1]", "2abc[\"x\"]", "2[\"x\"]junk",
            "3[]", "3", "312{}", // ACK without id or array
            "4{\"message\":\"x\"}", // a client never sends CONNECT_ERROR
            "5[\"x\"]", "5-[\"x\"]", "5x-[\"x\"]", "511-[\"x\"]", "5123-[\"x\"]", // attachment count missing, not a number or too big
            "21234567890123456[\"x\"]", // an ack id beyond a JavaScript integer
    })
    void anything_that_breaks_the_protocol_is_malformed_never_another_exception(String packet) {
        assertThatThrownBy(() -> decoder.text(packet)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void a_placeholder_for_a_missing_attachment_is_malformed() {
        decoder.text("51-[\"x\",{\"_placeholder\":true,\"num\":1}]");

        assertThatThrownBy(() -> decoder.binary(new byte[] {1})).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void a_text_packet_while_attachments_are_awaited_and_an_attachment_nobody_announced_are_malformed() {
        assertThatThrownBy(() -> decoder.binary(new byte[] {1})).isInstanceOf(MalformedPacketException.class);
        decoder.text("51-[\"x\",{\"_placeholder\":true,\"num\":0}]");
        assertThatThrownBy(() -> decoder.text("2[\"y\"]")).isInstanceOf(MalformedPacketException.class);
    }
}
