package io.tailor.profile;

import static io.tailor.database.JsonRows.nullableInstant;
import static io.tailor.database.JsonRows.requiredInstant;
import static io.tailor.database.JsonRows.text;

import io.tailor.library.Category;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The profile tables' rows as PostgreSQL's {@code to_json} gives them, keyed by column name: a profile
 * row alone, or a whole profile as {@code preference_profile()} ({@code R__preference_profile.sql}) returns it, so one
 * statement can carry a profile along with whatever else its caller reads.
 */
public final class ProfileJson {

    private ProfileJson() {}

    /** A {@code preference_profile()} document; empty for JSON null, a user nobody has heard from. */
    public static Optional<PreferenceProfile> profile(JsonNode document) {
        if (document.isNull()) {
            return Optional.empty();
        }
        Map<Category, CategoryStats> categories = new EnumMap<>(Category.class);
        document.get("categories")
                .forEach(row -> categories.put(Category.parse("category", text(row, "category")), categoryStats(row)));
        Map<String, TaskStats> tasks = new HashMap<>();
        document.get("tasks").forEach(row -> tasks.put(text(row, "task_library_id"), taskStats(row)));
        return Optional.of(new PreferenceProfile(header(document.get("header")), categories, tasks));
    }

    /** A {@code user_preference_profile} row. */
    static ProfileHeader header(JsonNode row) {
        return new ProfileHeader(
                text(row, "user_id"),
                ZoneId.of(text(row, "timezone")),
                LearningPhase.parse("current_learning_phase", text(row, "current_learning_phase")),
                requiredInstant(row, "phase_started_at"),
                nullableInstant(row, "phase_baseline_at"),
                row.get("phase_baseline_completed").asInt(),
                new Totals(
                        row.get("total_feedback").asInt(),
                        row.get("total_completed").asInt(),
                        row.get("total_skipped").asInt(),
                        nullableInstant(row, "first_activity_at"),
                        nullableInstant(row, "last_activity_at")));
    }

    private static TaskStats taskStats(JsonNode row) {
        return new TaskStats(
                row.get("times_completed").asInt(),
                row.get("times_skipped").asInt(),
                row.get("consecutive_skips").asInt(),
                row.get("rating_count").asInt(),
                row.get("rating_sum").asInt(),
                row.get("times_not_reported").asInt(),
                evidence(row),
                nullableInstant(row, "last_done_at"),
                nullableInstant(row, "last_feedback_at"));
    }

    private static CategoryStats categoryStats(JsonNode row) {
        return new CategoryStats(
                row.get("feedback_count").asInt(),
                row.get("completed_count").asInt(),
                row.get("rating_count").asInt(),
                row.get("rating_sum").asInt(),
                row.get("not_reported_count").asInt(),
                evidence(row));
    }

    private static Evidence evidence(JsonNode row) {
        return new Evidence(
                row.get("affinity_value").asDouble(),
                row.get("affinity_weight").asDouble(),
                requiredInstant(row, "affinity_at"));
    }
}
