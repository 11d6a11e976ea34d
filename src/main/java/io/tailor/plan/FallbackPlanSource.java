package io.tailor.plan;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Where plans come from when both dynamic flags are off or the dynamic path fails: the spec's
 * "existing AI generation". The default is {@link StandardDailyPlan}; setting
 * {@code TAILOR_PLAN_FALLBACK_URL} plugs in {@link HttpPlanSource}, e.g. a model behind an HTTP API.
 */
public interface FallbackPlanSource {

    /** One task per requested category, in that order. */
    List<PlannedTask> plan(Request request);

    record Request(String userId, LocalDate date, Archetype archetype, EnergyMode mode, List<Category> categories) {}
}
