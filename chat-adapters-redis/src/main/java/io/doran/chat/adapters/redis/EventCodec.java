package io.doran.chat.adapters.redis;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.doran.chat.application.port.out.RoomBroadcast;
import io.doran.chat.domain.event.DomainEvent;
import io.doran.chat.domain.event.RoomEvent;
import io.doran.chat.domain.event.UserEvent;
import io.doran.chat.domain.message.Message;
import java.util.Arrays;
import java.util.stream.Stream;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.util.StdConverter;

/**
 * What crosses the broker between nodes, as JSON written by Jackson: room broadcasts (the event and what it
 * shows) and user events. Every record travels as itself, the variants of the sealed event families with their
 * simple name in {@code "@t"}, and a {@link Message} as its {@link MessageJson}, as the recent-message cache
 * keeps it.
 */
final class EventCodec {

    /** Mixed into the sealed event families so that Jackson writes and reads which event a value is. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "@t")
    private interface Typed {
    }

    @JsonSerialize(converter = ToJson.class)
    @JsonDeserialize(converter = FromJson.class)
    private interface AsMessageJson {
    }

    static final class ToJson extends StdConverter<Message, MessageJson> {
        @Override
        public MessageJson convert(Message message) {
            return MessageJson.of(message);
        }
    }

    static final class FromJson extends StdConverter<MessageJson, Message> {
        @Override
        public Message convert(MessageJson json) {
            return json.toMessage();
        }
    }

    private final JsonMapper json;

    EventCodec(JsonMapper json) {
        this.json = json.rebuild()
                .addMixIn(DomainEvent.class, Typed.class)
                .addMixIn(Message.class, AsMessageJson.class)
                .registerSubtypes(Stream.of(RoomEvent.class, UserEvent.class)
                        .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                        .map(NamedType::new)
                        .toArray(NamedType[]::new))
                .build();
    }

    String encode(RoomBroadcast broadcast) {
        return json.writeValueAsString(broadcast);
    }

    RoomBroadcast decodeRoomBroadcast(String text) {
        return json.readValue(text, RoomBroadcast.class);
    }

    String encode(UserEvent event) {
        return json.writeValueAsString(event);
    }

    UserEvent decodeUserEvent(String text) {
        return json.readValue(text, UserEvent.class);
    }
}
