package io.doran.chat.adapters.web.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one REST request may weigh, {@code chat.limits.max-body-size}: a larger body is refused before anything
 * reads it, however it is framed.
 *
 * @param maxBodySize the largest REST request body
 */
@ConfigurationProperties("chat.limits")
public record RequestLimits(@DefaultValue("64KB") DataSize maxBodySize) {

    public RequestLimits {
        if (maxBodySize == null || maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("chat.limits.max-body-size must be between 1B and 2GB, not " + maxBodySize);
        }
    }
}
