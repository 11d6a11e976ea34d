package io.tailor.plan;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code TAILOR_PLAN_FALLBACK_URL}: a plan generator behind HTTP to use instead of the standard plan.
 * {@code TAILOR_EXPLORATION_FLOOR}: the share ε of each dynamic slot drawn uniformly from its K eligible
 * candidates, so each has a probability of at least ε/K and other policies can be evaluated from the log.
 */
@ConfigurationProperties("tailor.plans")
record PlanSettings(
        @Nullable URI fallbackUrl, @DefaultValue("0.05") double explorationFloor) {

    PlanSettings {
        if (!(explorationFloor > 0 && explorationFloor <= 0.5)) {
            throw new IllegalArgumentException(
                    "TAILOR_EXPLORATION_FLOOR must be above 0 and at most 0.5, got " + explorationFloor);
        }
    }
}
