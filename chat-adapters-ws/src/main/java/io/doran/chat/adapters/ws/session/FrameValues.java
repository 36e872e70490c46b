package io.doran.chat.adapters.ws.session;

import io.doran.chat.domain.message.ClientMessageId;
import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How every transport's JSON reads the values of client frames and writes a {@link Ref}: room ids are UUID
 * strings, message ids decimal strings (or JSON integers), a {@code ref} a string or a number echoed as it came.
 * Nothing is coerced: a number where text belongs, text where a boolean belongs, a fraction where an integer
 * belongs are refused ({@code MALFORMED_FRAME}) instead of being read as something the client did not send.
 */
public final class FrameValues {

    private FrameValues() {
    }

    /** {@code json} configured to read client frames and write server frames strictly. */
    public static JsonMapper.Builder strict(JsonMapper.Builder json) {
        return json.addModule(module())
                .disable(tools.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    static SimpleModule module() {
        return new SimpleModule("doran-frame-values")
                .addDeserializer(RoomId.class, new ValueDeserializer<>() {
                    @Override
                    public RoomId deserialize(JsonParser p, DeserializationContext ctxt) {
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            return (RoomId) ctxt.handleUnexpectedToken(RoomId.class, p);
                        }
                        return RoomId.parse(p.getString());
                    }
                })
                .addDeserializer(MessageId.class, new ValueDeserializer<>() {
                    @Override
                    public MessageId deserialize(JsonParser p, DeserializationContext ctxt) {
                        if (p.currentToken() == JsonToken.VALUE_STRING) {
                            return MessageId.parse(p.getString());
                        }
                        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && (p.getNumberType() == JsonParser.NumberType.LONG
                                || p.getNumberType() == JsonParser.NumberType.INT)) {
                            return MessageId.parse(Long.toString(p.getLongValue()));
                        }
                        return (MessageId) ctxt.handleUnexpectedToken(MessageId.class, p);
                    }
                })
                .addDeserializer(ClientMessageId.class, new ValueDeserializer<>() {
                    @Override
                    public ClientMessageId deserialize(JsonParser p, DeserializationContext ctxt) {
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            return (ClientMessageId) ctxt.handleUnexpectedToken(ClientMessageId.class, p);
                        }
                        return new ClientMessageId(p.getString());
                    }
                })
                .addDeserializer(Ref.class, new ValueDeserializer<>() {
                    @Override
                    public Ref deserialize(JsonParser p, DeserializationContext ctxt) {
                        return switch (p.currentToken()) {
                            case VALUE_STRING -> new Ref(p.getString(), false);
                            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Ref(p.getString(), true);
                            default -> (Ref) ctxt.handleUnexpectedToken(Ref.class, p);
                        };
                    }
                })
                .addSerializer(Ref.class, new ValueSerializer<>() {
                    @Override
                    public void serialize(Ref ref, JsonGenerator gen, SerializationContext ctxt) {
                        if (ref.numeric()) {
                            gen.writeNumber(ref.value());
                        } else {
                            gen.writeString(ref.value());
                        }
                    }
                });
    }
}
