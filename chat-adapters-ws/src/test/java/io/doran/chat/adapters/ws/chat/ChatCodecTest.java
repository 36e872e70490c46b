package io.doran.chat.adapters.ws.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.session.ClientFrame;
import io.doran.chat.adapters.ws.session.Ref;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.RateLimitedException;
import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code /chat} wire: typed client frames read by their type, server frames and updates written by Jackson. */
class ChatCodecTest {

    static final String ROOM = "0f0c3c5e-7d1b-4c5e-9d8f-2b1a3c4d5e6f";

    final JsonMapper json = JsonMapper.builder().build();
    final ChatCodec codec = new ChatCodec(json);
    final MessageView message = new MessageView("7123", ROOM, "alice", "김**", "김철수",
            "text", "안녕하세요 👋", null, Instant.parse("2026-11-24T12:00:00Z"), null, "c-1", Map.of("like", 2L),
            Set.of(), 0, null, 0, List.of());

    /** The text a client receives: the shared bytes, read as UTF-8. */
    static String text(ByteBuffer bytes) {
        byte[] sent = new byte[bytes.remaining()];
        bytes.get(sent);
        return new String(sent, StandardCharsets.UTF_8);
    }

    JsonNode written(LiveUpdate update) {
        return json.readTree(text(codec.encoding.apply(update)));
    }

    JsonNode written(ServerFrame frame) {
        return json.readTree(codec.write(frame));
    }

    ClientFrame read(String text) {
        ChatCodec.Read read = codec.read(text);
        assertThat(read).isInstanceOf(ChatCodec.Frame.class);
        return ((ChatCodec.Frame) read).frame();
    }

    ChatCodec.Refused refused(String text) {
        ChatCodec.Read read = codec.read(text);
        assertThat(read).isInstanceOf(ChatCodec.Refused.class);
        return (ChatCodec.Refused) read;
    }

    // --- live updates ------------------------------------------------------------------------------

    @Test
    void a_message_frame_names_its_type_first_then_carries_the_message_as_rest_shows_it() {
        JsonNode frame = written(new LiveUpdate.NewMessage(message, "alice@example.com", "/media/alice.jpg"));

        List<String> fields = new ArrayList<>(frame.propertyNames());
        assertThat(fields.getFirst()).isEqualTo("type");
        assertThat(frame.path("type").asString()).isEqualTo("new-message");
        assertThat(fields.subList(1, fields.size())).as("the message's fields, not its author's email or picture")
                .containsExactlyElementsOf(json.valueToTree(message).propertyNames());
        assertThat(frame.path("content").asString()).isEqualTo("안녕하세요 👋");
        assertThat(frame.path("reactions").path("like").asLong()).isEqualTo(2);
        assertThat(frame.has("imageUrl")).as("absent values are there as null, as in REST").isTrue();
    }

    @Test
    void every_recipient_reads_the_whole_frame_from_its_own_slice_of_the_shared_bytes() {
        ByteBuffer shared = codec.encoding.apply(new LiveUpdate.MessageEdited(message));
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

    @Test
    void every_update_has_its_frame_type_and_a_notification_keeps_its_own_type_apart() {
        assertThat(written(new LiveUpdate.Typing(ROOM, "bob", "b**", true)).path("type").asString())
                .isEqualTo("typing-indicator");
        assertThat(written(new LiveUpdate.DisplayNameChanged(ROOM, "bob", "Bobby")).path("type").asString())
                .isEqualTo("participant-updated");
        assertThat(written(new LiveUpdate.MessageDeleted(ROOM, "7", "bob")).path("deletedBy").asString()).isEqualTo("bob");
        JsonNode notification = written(new LiveUpdate.Notification("mention", "you were mentioned", "/r/1"));
        assertThat(notification.path("type").asString()).isEqualTo("notification");
        assertThat(notification.path("notificationType").asString()).isEqualTo("mention");
    }

    // --- server frames -----------------------------------------------------------------------------

    @Test
    void acks_carry_the_ref_and_the_result_of_their_frame() {
        JsonNode sent = written(new ServerFrame.Ack(Ref.of("s1"),
                new ServerFrame.Sent("7123", "c-1", Instant.parse("2026-11-24T12:00:00Z"))));
        JsonNode reacted = written(new ServerFrame.Ack(new Ref("12", true),
                new ServerFrame.Reacted("7123", Map.of("like", 1L), Set.of("like"))));
        JsonNode done = written(new ServerFrame.Ack(Ref.of("t"), new ServerFrame.Done()));

        assertThat(sent.path("type").asString()).isEqualTo("ack");
        assertThat(sent.path("ref").asString()).isEqualTo("s1");
        assertThat(sent.path("messageId").asString()).isEqualTo("7123");
        assertThat(sent.path("clientMessageId").asString()).isEqualTo("c-1");
        assertThat(sent.path("createdAt").asString()).isEqualTo("2026-11-24T12:00:00Z");
        assertThat(reacted.path("ref").isNumber()).as("a numeric ref comes back a number").isTrue();
        assertThat(reacted.path("ref").asInt()).isEqualTo(12);
        assertThat(reacted.path("counts").path("like").asLong()).isEqualTo(1);
        assertThat(reacted.path("myReactions").get(0).asString()).isEqualTo("like");
        assertThat(new ArrayList<>(done.propertyNames())).containsExactly("type", "ref");
    }

    @Test
    void errors_carry_a_code_a_message_and_for_rate_limits_when_to_retry() {
        JsonNode limited = written(ServerFrame.Error.of(new RateLimitedException(Duration.ofMillis(1500)), Locale.ENGLISH,
                Ref.of("x")));
        JsonNode plain = written(new ServerFrame.Error(ErrorCode.ROOM_NOT_FOUND, "Room not found.", null, null));

        assertThat(limited.path("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(limited.path("retryAfterMs").asLong()).isEqualTo(1500);
        assertThat(limited.path("ref").asString()).isEqualTo("x");
        assertThat(new ArrayList<>(plain.propertyNames())).containsExactly("type", "code", "message");
        assertThat(written(new ServerFrame.AuthError(ErrorCode.EXPIRED_TOKEN, "The token has expired.", null))
                .path("code").asString()).isEqualTo("EXPIRED_TOKEN");
    }

    // --- client frames -----------------------------------------------------------------------------

    @Test
    void client_frames_are_read_into_their_records_by_type() {
        assertThat(read("{\"type\":\"send-message\",\"roomId\":\"" + ROOM + "\",\"content\":\"hi\",\"clientMessageId\":\"c-9\",\"ref\":\"r\"}"))
                .isEqualTo(new ClientFrame.SendMessage(RoomId.parse(ROOM), null, "hi", null,
                        Optional.of(new ClientMessageId("c-9")), Ref.of("r")));
        assertThat(read("{\"type\":\"join-room\",\"roomId\":\"" + ROOM + "\",\"lastMessageId\":7123}"))
                .isEqualTo(new ClientFrame.JoinRoom(RoomId.parse(ROOM), Optional.of(new MessageId(7123)), null));
        assertThat(read("{\"type\":\"react\",\"roomId\":\"" + ROOM + "\",\"messageId\":\"7123\",\"kind\":\"like\",\"on\":false,\"ref\":3}"))
                .isEqualTo(new ClientFrame.React(RoomId.parse(ROOM), new MessageId(7123), "like", false, new Ref("3", true)));
        assertThat(read("{\"type\":\"ping\",\"pad\":\"ignored\"}")).isEqualTo(new ClientFrame.Ping(null));
    }

    @Test
    void frames_that_are_not_objects_with_a_known_type_are_refused_keeping_the_ref_when_there_is_one() {
        assertThat(refused("{not json").reason().code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refused("[1,2]").reason().code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refused("{\"type\":42}").reason().code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
        ChatCodec.Refused unknown = refused("{\"type\":\"dance\",\"ref\":\"d\"}");
        assertThat(unknown.reason().code()).isEqualTo(ErrorCode.UNKNOWN_FRAME_TYPE);
        assertThat(unknown.ref()).isEqualTo(Ref.of("d"));
        assertThat(refused("{\"type\":\"ping\",\"ref\":{\"a\":1}}").reason().code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
    }

    @Test
    void missing_fields_and_wrong_json_types_are_malformed_and_nothing_is_coerced() {
        String room = "\"roomId\":\"" + ROOM + "\"";
        ChatCodec.Refused missing = refused("{\"type\":\"join-room\",\"ref\":\"j\"}");
        assertThat(missing.reason().code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(missing.reason().args()).containsExactly("roomId is required");
        assertThat(missing.ref()).isEqualTo(Ref.of("j"));
        assertThat(refused("{\"type\":\"join-room\",\"roomId\":12}").reason().code()).isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refused("{\"type\":\"send-message\"," + room + ",\"content\":123}").reason().code())
                .isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refused("{\"type\":\"typing\"," + room + ",\"isTyping\":\"true\"}").reason().code())
                .isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refused("{\"type\":\"typing\"," + room + ",\"isTyping\":1}").reason().code())
                .isEqualTo(ErrorCode.MALFORMED_FRAME);
        assertThat(refused("{\"type\":\"read\"," + room + ",\"messageId\":1.5}").reason().code())
                .isEqualTo(ErrorCode.MALFORMED_FRAME);
    }

    @Test
    void values_the_domain_refuses_keep_the_domains_refusal() {
        assertThat(refused("{\"type\":\"join-room\",\"roomId\":\"nope\"}").reason().code())
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused("{\"type\":\"read\",\"roomId\":\"" + ROOM + "\",\"messageId\":\"-1\"}").reason().code())
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
}
