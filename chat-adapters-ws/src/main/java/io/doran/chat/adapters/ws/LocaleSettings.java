package io.doran.chat.adapters.ws;

import io.doran.chat.domain.error.ErrorMessages;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The language of a live connection whose client sent no {@code Accept-Language} ({@code chat.locale.*}): texts of
 * errors and refusals are in English or Korean.
 *
 * @param defaultLocale the language when the client names none ({@code en} or {@code ko})
 */
@ConfigurationProperties("chat.locale")
public record LocaleSettings(@Name("default") @DefaultValue(ErrorMessages.DEFAULT_LANGUAGE) Locale defaultLocale) {
}
