package io.tailor.library;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The six user archetypes each task is scored for. */
@Schema(enumAsRef = true, description = "The user archetype a task is scored for")
public enum Archetype implements Named {
    PEAK_PERFORMER,
    FOUNDATION_BUILDER,
    SYSTEMATIC_IMPROVER,
    TRANSFORMATION_SEEKER,
    RESILIENCE_REBUILDER,
    CONNECTED_EXPLORER;

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
