package io.doran.chat.adapters.web.out.users;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The user service client (003): the HTTP interface on a {@code RestClient}, Resilience4j's time limiter,
 * retry and circuit breaker configured from {@code chat.user-service.*} (their Micrometer metrics carry
 * {@code name="userService"}), and the {@code userService} health component. Bootstrap imports it when
 * {@code chat.user-service.url} is set and builds the {@link HttpUserDirectory} with the profile cache of its
 * choice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UserServiceSettings.class)
public class UserServiceAdapterConfiguration {

    @Bean(destroyMethod = "close")
    ResilientUserService resilientUserService(UserServiceSettings settings, ObjectProvider<MeterRegistry> meters) {
        return ResilientUserService.create(settings, meters.getIfAvailable());
    }

    @Bean
    UserServiceHealthIndicator userServiceHealthIndicator(ResilientUserService service, UserServiceSettings settings) {
        return new UserServiceHealthIndicator(service.circuitBreaker(), settings.url());
    }
}
