package io.doran.chat.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded default keeps a window of messages (issue 15): a room that got more than
 * {@code chat.memory.max-messages-per-room} keeps its newest, so a long-running demo cannot run out of memory.
 * (Paged with {@code before}, so the answer comes from the store, not the recent-message cache.)
 */
@TestPropertySource(properties = "chat.memory.max-messages-per-room=5")
class EmbeddedMemoryWindowTest extends HostileServer {

    @Test
    void a_room_keeps_its_newest_messages_and_drops_the_oldest() {
        String alice = token(user("alice"));
        String room = room(alice, user("bob"));
        String newest = null;
        for (int i = 1; i <= 8; i++) {
            newest = api.post("/api/chatrooms/" + room + "/messages").token(alice).json(Map.of("content", "m" + i))
                    .send().expect(201).text("messageId");
        }

        List<String> older = new java.util.ArrayList<>();
        api.get("/api/chatrooms/" + room + "/messages?limit=100&before=" + newest).token(alice).send().expect(200)
                .body().path("messages").forEach(message -> older.add(message.path("content").asString()));
        assertThat(older).as("the store's page before the newest").containsExactly("m7", "m6", "m5", "m4");
    }
}
