package io.doran.chat.adapters.web.seed001;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Seed 001 writes its ids as numbers ({@code "post_id": 1}): such a field takes a JSON string or an integer,
 * read as its text. The REST adapter reads JSON strictly otherwise (nothing else is coerced), so the seed's
 * documented bodies keep working without opening every text field to numbers.
 */
final class NumberOrText extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        return switch (parser.currentToken()) {
            case VALUE_STRING, VALUE_NUMBER_INT -> parser.getString();
            default -> (String) context.handleUnexpectedToken(String.class, parser);
        };
    }
}
