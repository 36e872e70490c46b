package io.doran.chat.adapters.ws.socketio.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.socketio.engine.OutboundPacket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class PacketEncoderTest {

    final JsonMapper json = JsonMapper.builder().build();
    final PacketEncoder encoder = new PacketEncoder(json);
    final PacketDecoder decoder = new PacketDecoder(json);

    /** The text a client receives for the packet's first frame (the Engine.IO message). */
    static String text(EncodedPacket packet) {
        return packet.packets().getFirst().toString();
    }

    record Greeting(String text, int count) {
    }

    @Test
    void an_event_of_the_main_namespace_names_no_namespace() {
        assertThat(text(encoder.event("/", "hey", "Jude"))).isEqualTo("42[\"hey\",\"Jude\"]");
    }

    @Test
    void an_event_of_another_namespace_names_it_and_its_arguments_are_any_jackson_values() {
        EncodedPacket packet = encoder.event("/socket", "new-message", new Greeting("안녕 👋", 2), Map.of("a", List.of(1)), null);

        assertThat(text(packet)).isEqualTo("42/socket,[\"new-message\",{\"text\":\"안녕 👋\",\"count\":2},{\"a\":[1]},null]");
        assertThat(packet.namespace()).isEqualTo("/socket");
    }

    @Test
    void an_event_asking_for_an_acknowledgement_and_the_acknowledgements() {
        assertThat(text(encoder.event("/", 12, "question", new Object[] {"tea"}))).isEqualTo("4212[\"question\",\"tea\"]");
        assertThat(text(encoder.ack("/admin", 13, new Object[] {"bar"}))).isEqualTo("43/admin,13[\"bar\"]");
        assertThat(text(encoder.ack("/", 14, new Object[0]))).isEqualTo("4314[]");
    }

    @Test
    void connect_connect_error_and_disconnect() {
        assertThat(text(encoder.connect("/", "abc"))).isEqualTo("40{\"sid\":\"abc\"}");
        assertThat(text(encoder.connect("/admin", "abc"))).isEqualTo("40/admin,{\"sid\":\"abc\"}");
        assertThat(text(encoder.connectError("/random", "Invalid namespace", null)))
                .isEqualTo("44/random,{\"message\":\"Invalid namespace\"}");
        assertThat(text(encoder.connectError("/", "인증 토큰이 필요합니다", Map.of("code", "UNAUTHORIZED"))))
                .isEqualTo("44{\"message\":\"인증 토큰이 필요합니다\",\"data\":{\"code\":\"UNAUTHORIZED\"}}");
        assertThat(text(encoder.disconnect("/"))).isEqualTo("41");
        assertThat(text(encoder.disconnect("/admin"))).isEqualTo("41/admin,");
    }

    @Test
    void binary_values_become_placeholders_and_attachments_in_order() {
        EncodedPacket packet = encoder.event("/admin", "upload", Map.of("file", new byte[] {1, 2}),
                ByteBuffer.wrap(new byte[] {3}), JsonNodeFactory.instance.binaryNode(new byte[] {4}));

        assertThat(text(packet)).isEqualTo("453-/admin,[\"upload\",{\"file\":{\"_placeholder\":true,\"num\":0}},"
                + "{\"_placeholder\":true,\"num\":1},{\"_placeholder\":true,\"num\":2}]");
        List<OutboundPacket> frames = packet.packets();
        assertThat(frames).hasSize(4);
        assertThat(frames.get(1)).hasToString("binary(2 bytes)");
        assertThat(frames.get(3)).hasToString("binary(1 bytes)");
    }

    @Test
    void a_binary_acknowledgement() {
        EncodedPacket packet = encoder.ack("/", 15, new Object[] {"bar", new byte[] {1, 2, 3, 4}});

        assertThat(text(packet)).isEqualTo("461-15[\"bar\",{\"_placeholder\":true,\"num\":0}]");
    }

    @Test
    void what_the_encoder_writes_the_decoder_reads_back_binary_included() {
        EncodedPacket packet = encoder.event("/", 7, "echo", new Object[] {"text", new byte[] {5, 6}});
        List<OutboundPacket> frames = packet.packets();

        assertThat(decoder.text(text(packet).substring(1))).isNull();
        Packet decoded = decoder.binary(new byte[] {5, 6});

        assertThat(decoded.type()).isEqualTo(Packet.Type.EVENT);
        assertThat(decoded.ackId()).isEqualTo(7);
        assertThat(decoded.data().get(0).asString()).isEqualTo("echo");
        assertThat(decoded.data().get(2).binaryValue()).containsExactly(5, 6);
        assertThat(frames).hasSize(2);
    }
}
