package io.doran.chat.domain.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Human texts for {@link ErrorCode}s in English (default) and Korean, from the {@code messages}
 * bundles beside this class. REST (problem {@code detail}) and WebSocket ({@code error.message})
 * both describe errors through here, so the two never disagree. Korean texts follow the seeds
 * (002: "방을 찾을 수 없습니다", ...).
 */
public final class ErrorMessages {

    /** The language of a client that names none, unless {@code chat.locale.default} says otherwise. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final String BUNDLE = "io.doran.chat.domain.error.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorMessages() {
    }

    /**
     * The text of {@code code} in {@code locale} (English when the language has no bundle). Arguments
     * are shown as plain text, so a limit of 1000 reads "1000", as in the seeds.
     */
    public static String describe(ErrorCode code, List<Object> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
        String pattern;
        try {
            pattern = bundle.getString(code.name());
        } catch (MissingResourceException e) {
            return code.name();
        }
        Object[] plain = args.stream().map(String::valueOf).toArray();
        return new MessageFormat(pattern, locale).format(plain);
    }

    /**
     * The text of the exception's code and arguments in {@code locale}; with a {@link ChatException#reason()},
     * the reason's own text ({@code CODE.REASON}) when the bundle has one.
     */
    public static String describe(ChatException exception, Locale locale) {
        if (exception.reason().isPresent()) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
            String key = exception.code().name() + "." + exception.reason().get().name();
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return describe(exception.code(), exception.args(), locale);
    }
}
