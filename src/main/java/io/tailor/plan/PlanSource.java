package io.tailor.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Named;

/**
 * Where a plan came from: the adaptive selector, library scoring with rotation, an experiment arm's other
 * policies (the static best fit, Thompson sampling), or the fallback source.
 */
@Schema(
        enumAsRef = true,
        description = "Where a plan came from: the adaptive selector, library scoring with rotation, an experiment"
                + " arm's static best fit or Thompson sampling, or the fallback source")
enum PlanSource implements Named {
    ADAPTIVE,
    LIBRARY,
    STATIC,
    THOMPSON,
    FALLBACK;

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
