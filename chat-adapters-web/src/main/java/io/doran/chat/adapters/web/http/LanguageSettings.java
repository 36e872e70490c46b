package io.doran.chat.adapters.web.http;

import io.doran.chat.domain.error.ErrorMessages;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The language of problem details for a request without {@code Accept-Language} ({@code chat.locale.*}), the same
 * setting the live connections read: never the server machine's own locale.
 *
 * @param defaultLocale the language when the client names none ({@code en} or {@code ko})
 */
@ConfigurationProperties("chat.locale")
public record LanguageSettings(@Name("default") @DefaultValue(ErrorMessages.DEFAULT_LANGUAGE) Locale defaultLocale) {
}
