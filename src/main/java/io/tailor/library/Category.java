package io.tailor.library;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The six task categories; the first five make up a default daily plan. */
@Schema(enumAsRef = true, description = "A task category; the first five make up a default daily plan")
public enum Category implements Named {
    HYDRATION,
    MOVEMENT,
    NUTRITION,
    WELLNESS,
    RECOVERY,
    WORK;

    /** The spec's default plan: {@code work} only on request. */
    public static final List<Category> DAILY_DEFAULT = List.of(HYDRATION, MOVEMENT, NUTRITION, WELLNESS, RECOVERY);

    public static Category parse(String field, String value) {
        return Named.parse(Category.class, field, value);
    }

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
