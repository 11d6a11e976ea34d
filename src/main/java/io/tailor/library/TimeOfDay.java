package io.tailor.library;

import com.fasterxml.jackson.annotation.JsonValue;

/** When in the day a task fits; also a plan's time blocks. */
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
