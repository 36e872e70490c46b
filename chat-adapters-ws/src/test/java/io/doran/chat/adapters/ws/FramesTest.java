package io.doran.chat.adapters.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FramesTest {

    final JsonMapper json = JsonMapper.builder().build();
    final Frames frames = new Frames(json);
    final MessageView message = new MessageView("7123", "0f0c3c5e-7d1b-4c5e-9d8f-2b1a3c4d5e6f", "alice", "김**", "김철수",
            "text", "안녕하세요 👋", null, Instant.parse("2026-11-24T12:00:00Z"), null, "c-1", Map.of("like", 2L),
            Set.of());

    /** The text a client receives: the shared bytes, read as UTF-8. */
    static String text(ByteBuffer bytes) {
        byte[] sent = new byte[bytes.remaining()];
        bytes.get(sent);
        return new String(sent, StandardCharsets.UTF_8);
    }

    @Test
    void a_message_frame_names_its_type_first_then_carries_the_message_as_rest_shows_it() {
        JsonNode frame = json.readTree(text(frames.encodeUtf8(new LiveUpdate.NewMessage(message))));

        List<String> fields = new ArrayList<>(frame.propertyNames());
        assertThat(fields.getFirst()).isEqualTo("type");
        assertThat(frame.path("type").asString()).isEqualTo("new-message");
        assertThat(fields.subList(1, fields.size())).containsExactlyElementsOf(json.valueToTree(message).propertyNames());
        assertThat(frame.path("content").asString()).isEqualTo("안녕하세요 👋");
        assertThat(frame.path("reactions").path("like").asLong()).isEqualTo(2);
    }

    @Test
    void every_recipient_reads_the_whole_frame_from_its_own_slice_of_the_shared_bytes() {
        ByteBuffer shared = frames.encodeUtf8(new LiveUpdate.MessageEdited(message));
        int length = shared.remaining();
        ByteBuffer first = shared.slice();
        ByteBuffer second = shared.slice();

        String received = text(first);

        assertThat(second.remaining()).as("one recipient reading its slice leaves the others' untouched")
                .isEqualTo(length);
        assertThat(text(second)).isEqualTo(received);
        JsonNode frame = json.readTree(received);
        assertThat(frame.path("type").asString()).isEqualTo("message-edited");
        assertThat(frame.path("content").asString()).as("multi-byte text survives the encoding")
                .isEqualTo("안녕하세요 👋");
    }
}
