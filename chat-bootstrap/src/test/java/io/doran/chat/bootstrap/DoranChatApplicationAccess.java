package io.doran.chat.bootstrap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application from tests in other packages, as {@code java -jar} would. */
public final class DoranChatApplicationAccess {

    private DoranChatApplicationAccess() {
    }

    public static ConfigurableApplicationContext start(String profiles, String... args) {
        return new SpringApplicationBuilder(DoranChatApplication.class).profiles(profiles.split(",")).run(args);
    }
}
