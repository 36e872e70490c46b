package io.doran.chat.bootstrap;

import io.doran.chat.adapters.web.WebAdapterConfiguration;
import io.doran.chat.adapters.web.auth.RequestAuthenticator;
import io.doran.chat.adapters.web.out.jwt.JwtTokens;
import io.doran.chat.adapters.web.rest.DevTokenController;
import io.doran.chat.application.port.in.CredentialSources;
import io.doran.chat.application.port.out.ChatMetrics;
import io.doran.chat.application.port.out.RateLimiter;
import io.doran.chat.application.port.out.TokenStore;
import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserStatuses;
import io.doran.chat.application.service.AccessService;
import io.doran.chat.application.service.ChatSettings;
import io.doran.chat.application.service.GatewayService;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Authentication (SPEC §2) and the REST adapter. */
@Configuration(proxyBeanMethods = false)
@Import(WebAdapterConfiguration.class)
class WebWiring {

    private static final Logger log = LoggerFactory.getLogger(WebWiring.class);

    /**
     * JWTs with the configured HS256 secret or RS256/ES256 public key. The embedded default without
     * either mints its own dev tokens with a random secret; anything else without a key does not start.
     */
    @Bean
    JwtTokens jwtTokens(ChatProperties properties, Environment environment, Clock clock) {
        ChatProperties.Jwt jwt = properties.auth().jwt();
        if (jwt.secret() != null && !jwt.secret().isBlank()) {
            return JwtTokens.withSecret(jwt.secret(), clock);
        }
        if (jwt.publicKey() != null && !jwt.publicKey().isBlank()) {
            if (ApplicationWiring.devTokens(properties, environment)) {
                throw new IllegalStateException("dev tokens need chat.auth.jwt.secret, not a public key");
            }
            return JwtTokens.withPublicKey(jwt.publicKey(), clock);
        }
        if (ApplicationWiring.devTokens(properties, environment)) {
            return JwtTokens.withRandomSecret(clock);
        }
        throw new IllegalStateException("set chat.auth.jwt.secret (base64 HS256 key) or chat.auth.jwt.public-key (PEM)");
    }

    @Bean
    AccessService accessService(JwtTokens tokens, TokenStore tokenStore, UserDirectory directory, UserStatuses statuses,
                                RateLimiter rateLimiter, ChatSettings settings, ChatMetrics metrics, Clock clock) {
        return new AccessService(tokens, tokens, tokenStore, directory, statuses, rateLimiter, settings, metrics, clock);
    }

    /** Where every surface finds credentials: the token cookie and, in gateway-trusted mode, the secret's header. */
    @Bean
    CredentialSources credentialSources(ChatProperties properties) {
        ChatProperties.Gateway gateway = properties.auth().gateway();
        if (gateway.enabled()) {
            if (gateway.secret() == null || gateway.secret().isBlank()) {
                throw new IllegalStateException("gateway-trusted mode needs chat.auth.gateway.secret");
            }
            log.warn("Gateway-trusted mode is ON: requests carrying {} are trusted to say who the user is",
                    gateway.secretHeader());
        }
        return new CredentialSources(properties.auth().cookieName(),
                Optional.of(gateway.secretHeader()).filter(header -> gateway.enabled()));
    }

    @Bean
    GatewayService gatewayService(ChatProperties properties, UserDirectory directory, UserStatuses statuses,
                                  ChatMetrics metrics) {
        ChatProperties.Gateway gateway = properties.auth().gateway();
        return new GatewayService(Optional.ofNullable(gateway.secret()).filter(secret -> gateway.enabled()), directory,
                statuses, metrics);
    }

    @Bean
    RequestAuthenticator requestAuthenticator(AccessService access, GatewayService gateway, CredentialSources sources) {
        return new RequestAuthenticator(access, gateway, access, sources);
    }

    /** {@code POST /api/dev/token} exists only while dev tokens are on. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(DevTokensOn.class)
    static class DevTokens {

        @Bean
        DevTokenController devTokenController(AccessService access) {
            return new DevTokenController(access);
        }
    }

    /** {@code chat.auth.dev-tokens}, by default on only with no profile (SPEC §2, §9). */
    static class DevTokensOn implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            Boolean configured = environment.getProperty("chat.auth.dev-tokens", Boolean.class);
            return configured != null ? configured : ApplicationWiring.embedded(environment);
        }
    }
}
