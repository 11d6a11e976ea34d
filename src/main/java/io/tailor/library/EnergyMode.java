package io.tailor.library;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The user's energy today. */
@Schema(enumAsRef = true, description = "The user's energy today")
public enum EnergyMode implements Named {
    HIGH,
    MEDIUM,
    LOW;

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
