package io.doran.chat.bootstrap;

import java.util.List;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info} says which profiles this node runs with (an empty list is the embedded default),
 * beside the version ({@code build}) and the commit ({@code git}) that Spring Boot reports itself.
 */
@Component
class ProfilesInfoContributor implements InfoContributor {

    private final Environment environment;

    ProfilesInfoContributor(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("profiles", List.of(environment.getActiveProfiles()));
    }
}
