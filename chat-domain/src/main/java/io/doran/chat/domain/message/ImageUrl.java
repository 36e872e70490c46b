package io.doran.chat.domain.message;

import io.doran.chat.domain.error.ChatException;
import io.doran.chat.domain.error.ErrorCode;
import io.doran.chat.domain.error.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where an image message's picture lives (002): an absolute {@code http(s)} URL with a host, at most 2048 characters. */
public record ImageUrl(String value) {

    public static final int MAX_LENGTH = 2048;

    public ImageUrl {
        Require.wellFormed(value, "imageUrl");
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
            throw new ChatException(ErrorCode.INVALID_IMAGE_URL);
        }
        value = value.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new ChatException(ErrorCode.INVALID_IMAGE_URL);
            }
        } catch (URISyntaxException e) {
            throw new ChatException(ErrorCode.INVALID_IMAGE_URL);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
