package io.doran.chat.adapters.ws.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Seed 001's wire: its {@code chat.message} read, its three server frames and the {@code error} frame written. */
class ChannelsCodecTest {

    static final String ROOM = "0f0c3c5e-7d1b-4c5e-9d8f-2b1a3c4d5e6f";

    final JsonMapper json = JsonMapper.builder().build();
    final ChannelsCodec codec = new ChannelsCodec(json);

    static MessageView message(String content, String imageUrl) {
        return new MessageView("7123", ROOM, "u-1", "사**", "사용자명", imageUrl == null ? "text" : "image", content,
                imageUrl, Instant.parse("2026-11-24T12:00:00Z"), null, null, Map.of(), Set.of(), 0, null, 0, List.of());
    }

    JsonNode written(LiveUpdate update) {
        ByteBuffer bytes = codec.encoding.apply(update);
        byte[] sent = new byte[bytes.remaining()];
        bytes.get(sent);
        return json.readTree(new String(sent, StandardCharsets.UTF_8));
    }

    ErrorCode refusal(String text) {
        ChannelsCodec.Read read = codec.read(text);
        assertThat(read).isInstanceOf(ChannelsCodec.Refused.class);
        return ((ChannelsCodec.Refused) read).reason().code();
    }

    @Test
    void a_message_is_written_as_in_the_document() {
        JsonNode frame = written(new LiveUpdate.NewMessage(message("안녕하세요!", null), "user@example.com",
                "/media/profile.jpg"));

        assertThat(frame).isEqualTo(json.readTree("""
                {"type": "chat.message", "message": "안녕하세요!", "sender": "user@example.com",
                 "nickname": "사용자명", "profile_picture_url": "/media/profile.jpg"}"""));
        assertThat(frame.propertyNames()).first().isEqualTo("type");
    }

    @Test
    void an_author_without_an_email_is_named_by_their_id_and_an_image_by_its_url() {
        JsonNode frame = written(new LiveUpdate.NewMessage(message(null, "https://cdn.example.com/a.png"), null, null));

        assertThat(frame.path("sender").asString()).isEqualTo("u-1");
        assertThat(frame.path("message").asString()).isEqualTo("https://cdn.example.com/a.png");
        assertThat(frame.has("profile_picture_url")).as("unknown, but there, as in the document").isTrue();
        assertThat(frame.path("profile_picture_url").isNull()).isTrue();
    }

    @Test
    void who_joined_and_who_left_are_named_by_their_display_name() {
        assertThat(written(new LiveUpdate.UserJoined(ROOM, "u-1", "사**", "사용자명", 2)))
                .isEqualTo(json.readTree("{\"type\": \"chat.user.join\", \"username\": \"사용자명\"}"));
        assertThat(written(new LiveUpdate.UserLeft(ROOM, "u-1", "사용자명", 1)))
                .isEqualTo(json.readTree("{\"type\": \"chat.user.leave\", \"username\": \"사용자명\"}"));
    }

    @Test
    void other_updates_have_no_frame_on_this_surface() {
        for (LiveUpdate update : List.of(new LiveUpdate.Typing(ROOM, "u-1", "사**", true),
                new LiveUpdate.MessageDeleted(ROOM, "7123", "u-1"), new LiveUpdate.Presence("u-1", true),
                new LiveUpdate.MessageEdited(message("고침", null)), new LiveUpdate.RoomUpdated(ROOM, "이름"))) {
            assertThat(codec.encoding.apply(update).hasRemaining()).as(update.toString()).isFalse();
        }
    }

    @Test
    void the_documents_client_frame_is_read_as_a_message() {
        ChannelsCodec.Read read = codec.read("{\"type\": \"chat.message\", \"message\": \"안녕하세요!\"}");

        assertThat(read).isEqualTo(new ChannelsCodec.Frame(new ChannelsCodec.ChatMessage("안녕하세요!")));
    }

    @Test
    void anything_else_is_refused_with_a_code() {
        assertThat(refusal("안녕")).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refusal("[\"chat.message\"]")).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refusal("{\"message\": \"no type\"}")).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refusal("{\"type\": \"chat.message\"}")).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refusal("{\"type\": \"chat.message\", \"message\": 5}")).as("nothing is coerced")
                .isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refusal("{\"type\": \"chat.user.join\", \"username\": \"x\"}")).isEqualTo(ErrorCode.UNKNOWN_FRAME_TYPE);
        assertThat(refusal("{\"type\": \"send-message\", \"content\": \"x\"}")).isEqualTo(ErrorCode.UNKNOWN_FRAME_TYPE);
    }

    @Test
    void refusals_are_error_frames_and_other_replies_are_not_sent() {
        ServerFrame limited = ServerFrame.Error.of(new RateLimitedException(Duration.ofMillis(1500)), Locale.ENGLISH, null);
        ServerFrame empty = new ServerFrame.Error(ErrorCode.EMPTY_CONTENT, "Message content is empty.", null, null);

        JsonNode rateLimited = json.readTree(codec.write(limited).orElseThrow());
        JsonNode refused = json.readTree(codec.write(empty).orElseThrow());

        assertThat(rateLimited.path("type").asString()).isEqualTo("error");
        assertThat(rateLimited.path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(rateLimited.path("retry_after_ms").asLong()).isEqualTo(1500);
        assertThat(refused).isEqualTo(json.readTree(
                "{\"type\": \"error\", \"code\": \"EMPTY_CONTENT\", \"message\": \"Message content is empty.\"}"));
        assertThat(codec.write(new ServerFrame.AuthSuccess("u-1", null))).isEmpty();
        assertThat(codec.write(new ServerFrame.RoomJoined(ROOM, 1, List.of(), false, null))).isEmpty();
        assertThat(codec.write(new ServerFrame.Ack(null, new ServerFrame.Done()))).isEmpty();
    }
}
