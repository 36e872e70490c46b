package io.doran.chat.adapters.web.docs;

import io.doran.chat.domain.error.ErrorCode;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem codes an endpoint answers with beyond those every endpoint of its kind may answer with
 * (authentication, rate limit, body, unavailable stores: {@link ApiDocsConfiguration} adds those). The
 * OpenAPI document lists them by status, from the one status mapping of the REST adapter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Problems {

    ErrorCode[] value();
}
