package io.doran.chat.adapters.redis;

import io.doran.chat.domain.event.DomainEvent;
import io.doran.chat.domain.event.MessageDeleted;
import io.doran.chat.domain.event.MessageEdited;
import io.doran.chat.domain.event.MessagePosted;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Domain events as JSON between nodes: {@code {"t": "<event name>", "e": {...}}}. Records travel as
 * themselves; events carrying a {@code Message} carry its {@link MessageJson}.
 */
final class EventCodec {

    private final JsonMapper json;
    private final Map<String, Class<?>> types = new HashMap<>();

    EventCodec(JsonMapper json) {
        this.json = json;
        for (Class<?> sub : RoomEvent.class.getPermittedSubclasses()) {
            types.put(sub.getSimpleName(), sub);
        }
        for (Class<?> sub : UserEvent.class.getPermittedSubclasses()) {
            types.put(sub.getSimpleName(), sub);
        }
    }

    String encode(DomainEvent event) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("t", event.getClass().getSimpleName());
        frame.put("e", switch (event) {
            case MessagePosted posted -> Map.of("m", MessageJson.of(posted.message()));
            case MessageEdited edited -> Map.of("m", MessageJson.of(edited.message()), "at", edited.at());
            case MessageDeleted deleted -> Map.of("m", MessageJson.of(deleted.message()), "by", deleted.by(), "at", deleted.at());
            default -> event;
        });
        return json.writeValueAsString(frame);
    }

    DomainEvent decode(String text) {
        JsonNode frame = json.readTree(text);
        String type = frame.path("t").asString();
        JsonNode body = frame.path("e");
        return switch (type) {
            case "MessagePosted" -> new MessagePosted(message(body));
            case "MessageEdited" -> new MessageEdited(message(body), json.treeToValue(body.path("at"), Instant.class));
            case "MessageDeleted" -> new MessageDeleted(message(body), json.treeToValue(body.path("by"), UserId.class),
                    json.treeToValue(body.path("at"), Instant.class));
            default -> {
                Class<?> eventType = types.get(type);
                if (eventType == null) {
                    throw new IllegalArgumentException("unknown event type " + type);
                }
                yield (DomainEvent) json.treeToValue(body, eventType);
            }
        };
    }

    private io.doran.chat.domain.message.Message message(JsonNode body) {
        return json.treeToValue(body.path("m"), MessageJson.class).toMessage();
    }
}
