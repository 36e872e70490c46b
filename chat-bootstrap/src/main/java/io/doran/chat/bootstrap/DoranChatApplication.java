package io.doran.chat.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Doran Chat: one executable jar. With no configuration it runs on the embedded in-memory default;
 * the Spring profiles {@code scylla} and {@code redis} switch to the real stores (SPEC §1, §9).
 * Only this package is scanned: every adapter is wired explicitly by the configuration classes here.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DoranChatApplication {

    public static void main(String[] args) {
        SpringApplication.run(DoranChatApplication.class, args);
    }
}
