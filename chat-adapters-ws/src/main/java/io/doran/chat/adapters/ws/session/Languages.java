package io.doran.chat.adapters.ws.session;

import java.util.List;
import java.util.Locale;

/** The language a handshake's {@code Accept-Language} asks for first, or the configured default ({@code chat.locale.default}). */
public final class Languages {

    private Languages() {
    }

    /** The first language range that names a language; the fallback for none, {@code *} or an unreadable header. */
    public static Locale preferred(String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return ranges.stream().map(Locale.LanguageRange::getRange).filter(range -> !range.startsWith("*"))
                    .findFirst().map(Locale::forLanguageTag).orElse(fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
