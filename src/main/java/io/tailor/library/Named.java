package io.tailor.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** A closed set whose members travel as lower-case snake_case names in JSON, SQL and query strings. */
public interface Named {

    String name();

    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a value the service stored or made itself: an unknown one is a bad row or a bug, so it is
     * an {@link IllegalArgumentException} (a server error), never the client's fault.
     */
    static <E extends Enum<E> & Named> E parse(Class<E> type, String field, String value) {
        return parse(type, field, value, (name, reason) -> new IllegalArgumentException(name + ": " + reason));
    }

    /**
     * Parses a value from outside: an unknown one is refused with the caller's exception, made from the
     * field's name and the reason (the accepted values), so the web edge can answer it as a bad request.
     */
    static <E extends Enum<E> & Named, X extends RuntimeException> E parse(
            Class<E> type, String field, String value, BiFunction<String, String, X> refusal) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equals(value)) {
                return constant;
            }
        }
        throw refusal.apply(field, "must be one of " + accepted(type) + ", got '" + value + "'");
    }

    private static <E extends Enum<E> & Named> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::value).collect(Collectors.joining(", "));
    }
}
