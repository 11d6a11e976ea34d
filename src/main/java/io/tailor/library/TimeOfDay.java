package io.tailor.library;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** When in the day a task fits; also a plan's time blocks. */
@Schema(enumAsRef = true, description = "When in the day a task fits; also a plan's time block")
public enum TimeOfDay implements Named {
    MORNING,
    AFTERNOON,
    EVENING;

    public static TimeOfDay parse(String field, String value) {
        return Named.parse(TimeOfDay.class, field, value);
    }

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
