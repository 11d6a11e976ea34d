package io.tailor.plan;

import io.tailor.library.Category;
import io.tailor.library.TimeOfDay;
import java.util.List;
import java.util.Map;

/**
 * The fixed, sensible daily plan the app had before Tailor: the same gentle task per category every
 * day, needing nothing but this class (so it still serves when the database's library does not).
 */
public final class StandardDailyPlan implements FallbackPlanSource {

    private static final String REASON = "Part of your standard daily plan";

    private static final Map<Category, PlannedTask> DAILY = Map.of(
            Category.HYDRATION,
                    task(
                            "hydration-morning-lemon-water",
                            "Morning Lemon Water",
                            Category.HYDRATION,
                            "citrus_water",
                            TimeOfDay.MORNING),
            Category.MOVEMENT,
                    task(
                            "movement-brisk-walk",
                            "Brisk 20-Minute Walk",
                            Category.MOVEMENT,
                            "walking",
                            TimeOfDay.AFTERNOON),
            Category.NUTRITION,
                    task(
                            "nutrition-veggie-first-dinner",
                            "Veggie-First Dinner",
                            Category.NUTRITION,
                            "vegetable_focus",
                            TimeOfDay.EVENING),
            Category.WELLNESS,
                    task(
                            "wellness-five-minute-meditation",
                            "Five-Minute Meditation",
                            Category.WELLNESS,
                            "meditation",
                            TimeOfDay.MORNING),
            Category.RECOVERY,
                    task(
                            "recovery-sleep-prep-routine",
                            "Sleep Prep Routine",
                            Category.RECOVERY,
                            "sleep_hygiene",
                            TimeOfDay.EVENING),
            Category.WORK,
                    task("work-daily-top-three", "Daily Top Three", Category.WORK, "planning", TimeOfDay.MORNING));

    @Override
    public List<PlannedTask> plan(Request request) {
        return request.categories().stream().map(DAILY::get).toList();
    }

    private static PlannedTask task(String id, String name, Category category, String group, TimeOfDay block) {
        return new PlannedTask(id, name, category, group, block, REASON);
    }
}
