package io.tailor.profile;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Named;
import java.util.Optional;

/** The spec's learning phases, in the order a user moves through them. */
@Schema(enumAsRef = true, description = "A learning phase; users move from discovery to establishment to mastery")
public enum LearningPhase implements Named {
    DISCOVERY,
    ESTABLISHMENT,
    MASTERY;

    public static LearningPhase parse(String field, String value) {
        return Named.parse(LearningPhase.class, field, value);
    }

    public Optional<LearningPhase> next() {
        return this == MASTERY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
