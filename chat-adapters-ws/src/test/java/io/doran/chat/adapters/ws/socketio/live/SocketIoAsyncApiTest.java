package io.doran.chat.adapters.ws.socketio.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.adapters.ws.chat.AsyncApiDocumentTest;
import io.doran.chat.adapters.ws.session.ClientFrame;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.LiveUpdate;
import io.doran.chat.domain.error.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * docs/asyncapi.yaml also describes the chat over Socket.IO (channel {@code socketio}): it fails here when an event the
 * codec reads or emits, in either dialect, is missing from it, or when it documents one the codec does not know.
 */
class SocketIoAsyncApiTest {

    final SocketIoCodec codec = new SocketIoCodec(JsonMapper.builder().build());

    @SuppressWarnings("unchecked")
    static Set<String> documented(Map<String, Object> document, String operation) {
        Map<String, Object> operationSpec = (Map<String, Object>) ((Map<String, Object>) document.get("operations")).get(operation);
        return ((List<Map<String, String>>) operationSpec.get("messages")).stream()
                .map(ref -> ref.get("$ref").substring("#/channels/socketio/messages/".length()))
                .collect(Collectors.toSet());
    }

    /**
     * The events the codec reads: each {@code /chat} frame's name and its snake_case form (seed 004's dialect), those
     * it does not refuse as unknown.
     */
    Set<String> readEvents() {
        ArrayNode empty = codec.json().createArrayNode().add(codec.json().createObjectNode());
        return AsyncApiDocumentTest.wireNames(ClientFrame.class).stream()
                .flatMap(name -> Stream.of(name, name.replace('-', '_')))
                .filter(name -> !(codec.read(name, empty) instanceof SocketIoCodec.Refused refused
                        && refused.reason().code() == ErrorCode.UNKNOWN_FRAME_TYPE))
                .collect(Collectors.toSet());
    }

    /** The events the codec emits: every reply and every live update, in both dialects. */
    Set<String> emittedEvents() {
        Stream<SocketIoCodec.Event> replies = AsyncApiDocumentTest.concreteVariants(ServerFrame.class).stream()
                .flatMap(variant -> Arrays.stream(Dialect.values())
                        .flatMap(dialect -> codec.reply((ServerFrame) sample(variant), dialect).stream()));
        Stream<SocketIoCodec.Event> updates = AsyncApiDocumentTest.concreteVariants(LiveUpdate.class).stream()
                .flatMap(variant -> Arrays.stream(Dialect.values())
                        .flatMap(dialect -> codec.update((LiveUpdate) sample(variant), dialect).stream()));
        return Stream.concat(replies, updates).map(SocketIoCodec.Event::name).collect(Collectors.toSet());
    }

    @Test
    void every_event_of_the_socket_io_codec_is_documented_and_nothing_else() throws IOException {
        Map<String, Object> document;
        try (Reader reader = Files.newBufferedReader(AsyncApiDocumentTest.DOCUMENT)) {
            document = new Yaml().load(reader);
        }

        assertThat(readEvents()).contains("join-room", "join_room", "send_message");
        assertThat(documented(document, "socketioClientSends")).containsExactlyInAnyOrderElementsOf(readEvents());
        assertThat(emittedEvents()).contains("new-message", "new_message", "auth_success");
        assertThat(documented(document, "socketioServerSends")).containsExactlyInAnyOrderElementsOf(emittedEvents());
    }

    /** A value of {@code type} with every component filled, enough for the codec to name the event it becomes. */
    static Object sample(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                return Optional.empty();
            }
            if (raw == List.class) {
                return List.of();
            }
            if (raw == Set.class) {
                return Set.of();
            }
            if (raw == Map.class) {
                return Map.of();
            }
            return sample(raw);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "x";
        }
        if (raw == int.class || raw == Integer.class) {
            return 0;
        }
        if (raw == long.class || raw == Long.class) {
            return 0L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == Instant.class) {
            return Instant.EPOCH;
        }
        if (raw == Locale.class) {
            return Locale.ENGLISH;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isSealed()) {
            return sample(AsyncApiDocumentTest.concreteVariants(raw).stream().findFirst().orElseThrow());
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = Arrays.stream(components).map(component -> sample(component.getGenericType())).toArray();
            try {
                var constructor = raw.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a sample " + raw.getName(), e);
            }
        }
        return null;
    }
}
