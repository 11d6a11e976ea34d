package io.tailor.database;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Columns of a row that PostgreSQL wrote as JSON ({@code to_json} of the row): keyed by column name. */
public final class JsonRows {

    private JsonRows() {}

    public static String text(JsonNode row, String column) {
        return row.get(column).asString();
    }

    public static @Nullable String nullableText(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A {@code timestamptz}: ISO 8601 with the session's offset. */
    public static Instant instant(JsonNode value) {
        return JsonTimestamps.parse(value.asString());
    }

    public static @Nullable Instant nullableInstant(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : instant(value);
    }

    public static Instant requiredInstant(JsonNode row, String column) {
        return Objects.requireNonNull(nullableInstant(row, column), column);
    }
}
