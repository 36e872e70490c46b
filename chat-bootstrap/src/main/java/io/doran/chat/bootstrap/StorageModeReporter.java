package io.doran.chat.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Says once, at startup, which stores this node runs on, so nobody mistakes the embedded default for production. */
@Component
class StorageModeReporter {

    private static final Logger log = LoggerFactory.getLogger(StorageModeReporter.class);

    private final Environment environment;

    StorageModeReporter(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (ApplicationWiring.embedded(environment)) {
            log.info("Doran Chat is running on the embedded in-memory default: one node, data is lost at exit "
                    + "(the profiles scylla and redis switch to the real stores)");
            return;
        }
        boolean scylla = environment.acceptsProfiles(Profiles.of("scylla"));
        boolean redis = environment.acceptsProfiles(Profiles.of("redis"));
        log.info("Doran Chat is running with rooms and messages in {} and tokens, presence, cache, limits and fan-out in {}",
                scylla ? "ScyllaDB" : "memory", redis ? "Redis" : "memory (one node only)");
    }
}
