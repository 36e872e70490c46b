package io.doran.chat.adapters.web;

import io.doran.chat.adapters.web.auth.BodySizeLimitFilter;
import io.doran.chat.adapters.web.auth.CallerArgumentResolver;
import io.doran.chat.adapters.web.auth.RequestAuthenticator;
import io.doran.chat.adapters.web.auth.ServiceTokenInterceptor;
import io.doran.chat.adapters.web.auth.WebAuthSettings;
import io.doran.chat.adapters.web.rest.DevTokenController;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The REST adapter: controllers (today's API and the seed designs' own routes, {@code seed000..002}),
 * problem details, caller resolution, the internal API's service token and the body size limit. Bootstrap imports it and supplies the {@link RequestAuthenticator} and the
 * {@link WebAuthSettings}; the dev-token endpoint is left to bootstrap, which registers it only while
 * dev tokens are on.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"io.doran.chat.adapters.web.rest", "io.doran.chat.adapters.web.error",
        "io.doran.chat.adapters.web.seed000", "io.doran.chat.adapters.web.seed001", "io.doran.chat.adapters.web.seed002"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = DevTokenController.class))
public class WebAdapterConfiguration implements WebMvcConfigurer {

    private final RequestAuthenticator authenticator;
    private final WebAuthSettings settings;

    public WebAdapterConfiguration(RequestAuthenticator authenticator, WebAuthSettings settings) {
        this.authenticator = authenticator;
        this.settings = settings;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver(authenticator));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ServiceTokenInterceptor(settings)).addPathPatterns("/api/internal/v1/**");
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter() {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(settings.maxBodyBytes()));
        registration.addUrlPatterns("/api/*", "/chat/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
