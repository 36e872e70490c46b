package io.doran.chat.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code chat.*} setting is documented (SPEC §9): the properties the modules' {@code @ConfigurationProperties}
 * records declare, as the configuration processor's metadata lists them, are exactly those the README's tables
 * describe. A setting added without a README row, or a row left behind by a setting that is gone, fails here.
 */
class ConfigurationDocumentationTest {

    private static final Path README = Path.of("..", "README.md");
    /** The first cell of a table row, and every {@code chat.*} name in it. */
    private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`(chat\\.[a-z0-9.\\-]+)`");

    static Set<String> declared() throws IOException {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL metadata : Collections.list(ConfigurationDocumentationTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (name.startsWith("chat.")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    static Set<String> documented() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher rows = ROW.matcher(Files.readString(README));
        while (rows.find()) {
            Matcher name = NAME.matcher(rows.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    @Test
    void every_chat_setting_has_a_readme_row_and_every_row_a_setting() throws IOException {
        Set<String> declared = declared();
        Set<String> documented = documented();

        assertThat(declared).as("settings the modules declare").contains("chat.ws.max-frame-size", "chat.redis.presence-ttl",
                "chat.scylla.bucket", "chat.limits.max-text-length");
        assertThat(difference(declared, documented)).as("settings without a README row").isEmpty();
        assertThat(difference(documented, declared)).as("README rows of no setting").isEmpty();
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> missing = new TreeSet<>(left);
        missing.removeAll(right);
        return missing;
    }
}
