package io.tailor.library;

import io.tailor.web.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A closed set whose members travel as lower-case snake_case names in JSON, SQL and query strings. */
public interface Named {

    String name();

    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an outside value; an unknown one is a 400 naming the field and the accepted values. */
    static <E extends Enum<E> & Named> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equals(value)) {
                return constant;
            }
        }
        throw ApiException.invalid(field, "must be one of " + accepted(type) + ", got '" + value + "'");
    }

    private static <E extends Enum<E> & Named> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::value).collect(Collectors.joining(", "));
    }
}
