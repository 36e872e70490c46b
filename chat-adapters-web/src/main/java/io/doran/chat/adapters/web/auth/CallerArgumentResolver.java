package io.doran.chat.adapters.web.auth;

import io.doran.chat.application.port.in.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers a {@link Caller} (required) or a {@link Viewer} (anonymous allowed). */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final RequestAuthenticator authenticator;

    public CallerArgumentResolver(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class || parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (parameter.getParameterType() == Caller.class) {
            return authenticator.requireCaller(request);
        }
        return new Viewer(authenticator.caller(request));
    }
}
