package io.tailor.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Named;

/** Where a plan came from: the adaptive selector, library scoring with rotation, or the fallback source. */
@Schema(
        enumAsRef = true,
        description =
                "Where a plan came from: the adaptive selector, library scoring with rotation, or the fallback source")
enum PlanSource implements Named {
    ADAPTIVE,
    LIBRARY,
    FALLBACK;

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
