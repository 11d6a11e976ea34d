package io.tailor.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON read as written, for every body: a string only from a JSON string ({@code allow-coercion-of-scalars}
 * covers numbers and booleans, not strings), each key once, no lone surrogate or NUL in any string
 * (PostgreSQL would store the one altered and refuses the other), a date exactly {@code YYYY-MM-DD}
 * (Jackson takes a timestamp's day), and a time only from an ISO-8601 string with an offset and a
 * four-digit year (Jackson takes a number as epoch seconds, and a year of 999999999 overflows our
 * arithmetic and PostgreSQL's range).
 */
@Component
class StrictJson implements JsonMapperBuilderCustomizer {

    static final String NUL_MESSAGE = "must not contain NUL characters";

    @Override
    public void customize(tools.jackson.databind.json.JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-json")
                        .addDeserializer(String.class, new WellFormedString())
                        .addDeserializer(LocalDate.class, new IsoDate())
                        .addDeserializer(OffsetDateTime.class, new IsoTime()));
    }

    /** True when a high surrogate lacks its low half, or a low one stands alone. */
    static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static final class WellFormedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && hasLoneSurrogate(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "holds a lone surrogate");
            }
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new Refusal(p, NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }

    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            if (text.length() == 10) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // refused below, like any other shape
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "must be YYYY-MM-DD");
        }
    }

    private static final class IsoTime extends StdScalarDeserializer<OffsetDateTime> {

        private static final String RULE = "must be a time as YYYY-MM-DDThh:mm:ss with an offset, years 0001 to 9999";

        IsoTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new Refusal(p, RULE, p.getString(), OffsetDateTime.class);
            }
            String text = p.getString();
            try {
                OffsetDateTime time = OffsetDateTime.parse(text);
                if (time.getYear() >= 1 && time.getYear() <= 9999) {
                    return time;
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw new Refusal(p, RULE, text, OffsetDateTime.class);
        }
    }

    /** A value of the right JSON type that our rules refuse, its message meant for the client as it is. */
    static final class Refusal extends InvalidFormatException {

        Refusal(JsonParser p, String message, @Nullable Object value, Class<?> target) {
            super(p, message, value, target);
        }
    }
}
