package io.tailor.plan;

import static io.tailor.database.JsonRows.instant;
import static io.tailor.database.JsonRows.nullableText;
import static io.tailor.database.JsonRows.text;

import io.tailor.experiment.RunningExperiment;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the plan statements return, as JSON: a stored plan is {@code {"plan": <plans row>, "items":
 * [<plan_items rows>]}}, each row as PostgreSQL's {@code to_json} gives it, keyed by column name.
 */
final class PlanJson {

    private PlanJson() {}

    /** A {@code plan_context()} document ({@code R__plan_context.sql}). */
    static PlanContext context(JsonNode context) {
        Map<String, Instant> lastUsed = new HashMap<>();
        context.get("last_used").forEachEntry((group, at) -> lastUsed.put(group, instant(at)));
        return new PlanContext(
                ProfileJson.profile(context.get("profile")),
                plans(context.get("plans")),
                lastUsed,
                context.get("planned").valueStream().flatMap(PlanJson::groups).toList(),
                context.get("done")
                        .valueStream()
                        .map(task -> new PlanContext.DoneTask(
                                text(task, "task_library_id"), LocalDate.parse(text(task, "local_date"))))
                        .toList(),
                timeBlocks(context.get("time_blocks")),
                RunningExperiment.from(context.get("experiment")));
    }

    private static TimeBlocks timeBlocks(JsonNode rows) {
        Map<TimeOfDay, TimeBlocks.Tally> tallies = new HashMap<>();
        rows.valueStream()
                .forEach(row -> tallies.put(
                        TimeOfDay.parse("time_block", text(row, "time_block")),
                        new TimeBlocks.Tally(
                                row.get("reported").asInt(),
                                row.get("completed").asInt())));
        return new TimeBlocks(tallies);
    }

    private static Stream<PlanContext.PlannedGroup> groups(JsonNode plan) {
        LocalDate date = LocalDate.parse(text(plan, "plan_date"));
        return plan.get("groups").valueStream().map(group -> new PlanContext.PlannedGroup(group.asString(), date));
    }

    static List<PlanView> plans(JsonNode array) {
        return array.valueStream().map(PlanJson::plan).toList();
    }

    static PlanView plan(JsonNode document) {
        JsonNode plan = document.get("plan");
        return new PlanView(
                UUID.fromString(text(plan, "id")),
                text(plan, "user_id"),
                LocalDate.parse(text(plan, "plan_date")),
                Named.parse(Archetype.class, "archetype", text(plan, "archetype")),
                Named.parse(EnergyMode.class, "mode", text(plan, "mode")),
                Named.parse(PlanSource.class, "source", text(plan, "source")),
                LearningPhase.parse("learning_phase", text(plan, "learning_phase")),
                instant(plan.get("created_at")).atOffset(ZoneOffset.UTC),
                nullableText(plan, "library_version"),
                document.get("items").valueStream().map(PlanJson::item).toList(),
                experiment(plan),
                PlanView.Welcome.of(
                        plan.hasNonNull("welcome_back_days")
                                ? plan.get("welcome_back_days").asInt()
                                : null));
    }

    private static PlanView.@Nullable Experiment experiment(JsonNode plan) {
        String id = nullableText(plan, "experiment_id");
        String arm = nullableText(plan, "arm");
        return id == null || arm == null ? null : new PlanView.Experiment(id, arm);
    }

    private static PlanView.Item item(JsonNode row) {
        return new PlanView.Item(
                UUID.fromString(text(row, "id")),
                row.get("position").asInt(),
                nullableText(row, "task_library_id"),
                text(row, "task_name"),
                Category.parse("category", text(row, "category")),
                nullableText(row, "variation_group"),
                TimeOfDay.parse("time_block", text(row, "time_block")),
                text(row, "reason"),
                text(row, "status"),
                nullableUuid(row, "feedback_id"),
                row.hasNonNull("satisfaction_rating")
                        ? row.get("satisfaction_rating").asInt()
                        : null);
    }

    private static @Nullable UUID nullableUuid(JsonNode row, String column) {
        String value = nullableText(row, column);
        return value == null ? null : UUID.fromString(value);
    }
}
