package io.doran.chat.adapters.web;

import io.doran.chat.adapters.web.auth.CallerArgumentResolver;
import io.doran.chat.adapters.web.auth.RequestAuthenticator;
import io.doran.chat.adapters.web.auth.ServiceTokenInterceptor;
import io.doran.chat.adapters.web.auth.InternalApiSettings;
import io.doran.chat.adapters.web.docs.ApiDocsConfiguration;
import io.doran.chat.adapters.web.http.LanguageSettings;
import io.doran.chat.adapters.web.http.RequestBodyFilter;
import io.doran.chat.adapters.web.http.RequestLimits;
import io.doran.chat.adapters.web.http.TraceFilter;
import io.doran.chat.adapters.web.log.RequestLogFilter;
import io.doran.chat.adapters.web.log.RoomLogContextInterceptor;
import io.doran.chat.adapters.web.rest.DevTokenController;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST adapter: controllers (today's API and the seed designs' own routes, {@code seed000..002}), problem details,
 * caller resolution, the internal API's service token, the request body filter (size limit, UTF-8, keep-alive) on
 * every path, no TRACE, JSON read strictly, the request's log context and the OpenAPI document. It reads its own
 * {@link InternalApiSettings} ({@code chat.internal.*}) and {@link RequestLimits} ({@code chat.limits.max-body-size});
 * bootstrap imports it and supplies the {@link RequestAuthenticator}; the dev-token endpoint is left to bootstrap,
 * which registers it only while dev tokens are on.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"io.doran.chat.adapters.web.rest", "io.doran.chat.adapters.web.error",
        "io.doran.chat.adapters.web.seed000", "io.doran.chat.adapters.web.seed001", "io.doran.chat.adapters.web.seed002"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = DevTokenController.class))
@Import(ApiDocsConfiguration.class)
@EnableConfigurationProperties({InternalApiSettings.class, RequestLimits.class, LanguageSettings.class})
public class WebAdapterConfiguration implements WebMvcConfigurer {

    private final RequestAuthenticator authenticator;
    private final InternalApiSettings internalApi;
    private final RequestLimits limits;
    private final LocaleResolver locales;

    public WebAdapterConfiguration(RequestAuthenticator authenticator, InternalApiSettings internalApi,
                                   RequestLimits limits, LanguageSettings language) {
        this.authenticator = authenticator;
        this.internalApi = internalApi;
        this.limits = limits;
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(language.defaultLocale());
        this.locales = locales;
    }

    /** {@code Accept-Language}, else {@code chat.locale.default}: never the server machine's own locale. */
    @Bean
    LocaleResolver localeResolver() {
        return locales;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver(authenticator));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoomLogContextInterceptor()).addPathPatterns("/api/**");
        registry.addInterceptor(new ServiceTokenInterceptor(internalApi)).addPathPatterns("/api/internal/v1/**");
    }

    /**
     * Request bodies JSON reads strictly: a value of the wrong JSON type is refused, not coerced —
     * {@code content: 123} is no {@code "123"}, {@code ttlHours: 1.5} no {@code 1}, {@code connected: "true"}
     * no {@code true} (400 {@code VALIDATION_FAILED}). Only the REST converter's mapper changes; the
     * application's shared mapper (WebSocket frames, Redis) and converters of their own kind (springdoc's
     * for the OpenAPI document) are left as they are.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.replaceAll(
                converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new JacksonJsonHttpMessageConverter(strict(((JacksonJsonHttpMessageConverter) converter).getMapper()))
                        : converter));
    }

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
    }

    /** First around every request: the request's DEBUG line, and a clean log context afterwards. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Every request with a body, on every path, before anything else reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter() {
        FilterRegistrationBean<RequestBodyFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyFilter(limits.maxBodySize().toBytes(), locales));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** {@code TRACE} is refused on every path, before anything else runs. */
    @Bean
    FilterRegistrationBean<TraceFilter> traceFilter() {
        FilterRegistrationBean<TraceFilter> registration = new FilterRegistrationBean<>(new TraceFilter(locales));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
