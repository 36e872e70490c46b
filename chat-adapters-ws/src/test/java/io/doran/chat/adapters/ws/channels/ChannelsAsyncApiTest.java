package io.doran.chat.adapters.ws.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/asyncapi.yaml also describes seed 001's WebSocket (channel {@code seed001}): it fails here when a frame type
 * the codec reads or writes is missing from it, or when it documents one the codec does not know.
 */
class ChannelsAsyncApiTest {

    static Set<String> wireNames(Class<?> family) {
        Set<String> names = Arrays.stream(family.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name)
                .collect(Collectors.toSet());
        assertThat(names).hasSameSizeAs(family.getPermittedSubclasses());
        return names;
    }

    @SuppressWarnings("unchecked")
    static Set<String> documented(Map<String, Object> document, String operation) {
        Map<String, Object> seed001 = (Map<String, Object>) ((Map<String, Object>) document.get("channels")).get("seed001");
        Map<String, Object> messages = (Map<String, Object>) seed001.get("messages");
        Map<String, Object> components = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("messages");
        Map<String, Object> operationSpec = (Map<String, Object>) ((Map<String, Object>) document.get("operations")).get(operation);
        return ((List<Map<String, String>>) operationSpec.get("messages")).stream()
                .map(ref -> ref.get("$ref").substring("#/channels/seed001/messages/".length()))
                .map(key -> ((Map<String, String>) messages.get(key)).get("$ref").substring("#/components/messages/".length()))
                .map(component -> (Map<String, Object>) components.get(component))
                .map(message -> (Map<String, Object>) ((Map<String, Object>) message.get("payload")).get("properties"))
                .map(properties -> ((Map<String, String>) properties.get("type")).get("const"))
                .collect(Collectors.toSet());
    }

    @Test
    void every_frame_type_of_seed_001s_codec_is_documented_and_nothing_else() throws IOException {
        Map<String, Object> document;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "docs", "asyncapi.yaml"))) {
            document = new Yaml().load(reader);
        }

        assertThat(documented(document, "seed001ClientSends"))
                .containsExactlyInAnyOrderElementsOf(wireNames(ChannelsCodec.ClientMessage.class));
        assertThat(documented(document, "seed001ServerSends"))
                .containsExactlyInAnyOrderElementsOf(wireNames(ChannelsCodec.ServerMessage.class));
    }
}
