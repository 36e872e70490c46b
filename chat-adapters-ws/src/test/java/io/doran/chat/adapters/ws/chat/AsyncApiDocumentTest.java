package io.doran.chat.adapters.ws.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.doran.chat.adapters.ws.session.ClientFrame;
import io.doran.chat.adapters.ws.session.ServerFrame;
import io.doran.chat.application.port.in.LiveUpdate;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/asyncapi.yaml describes the {@code /chat} protocol a tool can read: it fails here when a frame type the code
 * reads or writes is missing from it, or when it documents one the code does not know.
 */
public class AsyncApiDocumentTest {

    public static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    /** The wire names the codec gives each sealed family's variants, checking every variant has one. */
    public static Set<String> wireNames(Class<?> family) {
        JsonSubTypes.Type[] types = Arrays.stream(ChatCodec.class.getDeclaredClasses())
                .map(mixin -> mixin.getAnnotation(JsonSubTypes.class))
                .filter(annotation -> annotation != null
                        && Arrays.stream(annotation.value()).anyMatch(type -> family.isAssignableFrom(type.value())))
                .findFirst().orElseThrow().value();
        Set<Class<?>> named = Arrays.stream(types).map(JsonSubTypes.Type::value).collect(Collectors.toSet());
        assertThat(concreteVariants(family)).as("variants of %s with a wire name", family.getSimpleName())
                .allSatisfy(variant -> assertThat(named).contains(variant));
        return Arrays.stream(types).map(JsonSubTypes.Type::name).collect(Collectors.toSet());
    }

    static Stream<Class<?>> variantsOf(Class<?> type) {
        return type.isSealed() ? Arrays.stream(type.getPermittedSubclasses()).flatMap(AsyncApiDocumentTest::variantsOf)
                : Stream.of(type);
    }

    public static Set<Class<?>> concreteVariants(Class<?> family) {
        return variantsOf(family).filter(type -> !type.isInterface()).collect(Collectors.toSet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_frame_type_of_the_code_is_documented_and_nothing_else() throws IOException {
        Map<String, Object> document;
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            document = new Yaml().load(reader);
        }
        Map<String, Object> chat = (Map<String, Object>) ((Map<String, Object>) document.get("channels")).get("chat");
        Set<String> documented = ((Map<String, Object>) chat.get("messages")).keySet();

        Set<String> inCode = Stream.of(ClientFrame.class, ServerFrame.class, LiveUpdate.class)
                .flatMap(family -> wireNames(family).stream()).collect(Collectors.toSet());

        assertThat(documented).containsExactlyInAnyOrderElementsOf(inCode);
        assertThat(chat.get("address")).isEqualTo("/chat");
    }
}
