package io.doran.chat.bootstrap;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Spring Boot's store auto-configurations run only with the profile that uses the store: Cassandra
 * (the CQL session and its health) with {@code scylla}, Redis with {@code redis}. Without them the
 * embedded default opens no connection and reports no store it does not use. Spring Data's repository
 * and reactive auto-configurations never run: the adapters write their own queries.
 */
public final class StoreAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] classNames, AutoConfigurationMetadata metadata) {
        boolean scylla = environment.acceptsProfiles(Profiles.of("scylla"));
        boolean redis = environment.acceptsProfiles(Profiles.of("redis"));
        boolean[] matches = new boolean[classNames.length];
        for (int i = 0; i < classNames.length; i++) {
            String name = classNames[i];
            matches[i] = name == null || allowed(name, scylla, redis);
        }
        return matches;
    }

    private static boolean allowed(String name, boolean scylla, boolean redis) {
        if (name.contains("Reactive") && (name.contains("cassandra") || name.contains("redis"))) {
            return false;
        }
        if (name.startsWith("org.springframework.boot.data.cassandra.") || name.contains("DataRedisRepositories")) {
            return false;
        }
        if (name.startsWith("org.springframework.boot.cassandra.")) {
            return scylla;
        }
        if (name.startsWith("org.springframework.boot.data.redis.")) {
            return redis;
        }
        return true;
    }
}
