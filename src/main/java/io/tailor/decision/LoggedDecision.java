package io.tailor.decision;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import io.tailor.selection.Candidate;
import io.tailor.selection.Decision;
import io.tailor.selection.Selection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan item's decision as the plan's own statement stores it in {@code plan_decisions}: one JSON object
 * with the policy, the slot's context, every eligible candidate with its features and probability, and the
 * chosen one. The candidates carry the library's features as they were, so the log stays readable after
 * the library changes.
 */
public final class LoggedDecision {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LoggedDecision() {}

    /** What a slot's choice depended on besides its candidates. */
    public record Context(
            LearningPhase phase,
            Archetype archetype,
            EnergyMode mode,
            LocalDate date,
            ZoneId zone,
            @Nullable Instant firstFeedbackAt,
            String libraryVersion,
            @Nullable Arm arm) {}

    /** The experiment arm a plan was made under; {@code learns} false keeps it out of pooled learning. */
    public record Arm(String experiment, String arm, boolean learns) {}

    public static String of(Decision decision, Context context) {
        Selection selection = decision.selection();
        ObjectNode row =
                header(context, selection.task().category(), selection.task().bestTimeOfDay());
        row.put("policy", decision.policyVersion());
        row.put("pool", selection.pool().name().toLowerCase(Locale.ROOT));
        row.put("probability_kind", decision.exact() ? "exact" : "estimated");
        row.put("chosen", decision.chosen());
        row.put("propensity", decision.propensity());
        ((ObjectNode) row.get("context")).put("unrotated_best", decision.slot().unrotatedBest());
        ArrayNode candidates = row.putArray("candidates");
        for (int i = 0; i < decision.slot().size(); i++) {
            candidates.add(candidate(
                    decision.tasks().get(i), decision.slot().candidate(i), decision.probabilities()[i], context));
        }
        return row.toString();
    }

    /** A fallback source's item: its one task, chosen with probability 1. */
    public static String fallback(
            @Nullable String taskLibraryId, String taskName, Category category, TimeOfDay block, Context context) {
        ObjectNode row = header(context, category, block);
        row.put("policy", "fallback");
        row.put("pool", "fallback");
        row.put("probability_kind", "exact");
        row.put("chosen", 0);
        row.put("propensity", 1.0);
        ObjectNode only = row.putArray("candidates").addObject();
        only.put("id", taskLibraryId);
        only.put("name", taskName);
        only.put("category", category.value());
        only.put("p", 1.0);
        return row.toString();
    }

    private static ObjectNode header(Context context, Category category, TimeOfDay block) {
        ObjectNode row = NODES.objectNode();
        row.put("category", category.value());
        row.put("time_block", block.value());
        row.put("library_version", context.libraryVersion());
        row.put("experiment_id", context.arm() == null ? null : context.arm().experiment());
        row.put("arm", context.arm() == null ? null : context.arm().arm());
        row.put("learns", context.arm() == null || context.arm().learns());
        ObjectNode shared = row.putObject("context");
        shared.put("phase", context.phase().value());
        shared.put("archetype", context.archetype().value());
        shared.put("mode", context.mode().value());
        shared.put("day_of_week", context.date().getDayOfWeek().name().toLowerCase(Locale.ROOT));
        if (context.firstFeedbackAt() == null) {
            shared.putNull("days_since_first_feedback");
        } else {
            shared.put(
                    "days_since_first_feedback",
                    ChronoUnit.DAYS.between(
                            context.firstFeedbackAt().atZone(context.zone()).toLocalDate(), context.date()));
        }
        return row;
    }

    private static ObjectNode candidate(Task task, Candidate candidate, double probability, Context context) {
        ObjectNode node = NODES.objectNode();
        node.put("id", task.id());
        node.put("category", task.category().value());
        node.put("variation_group", task.variationGroup());
        node.put("duration_minutes", task.durationMinutes());
        node.put("archetype_fit", task.fit(context.archetype()));
        node.put("mode_fit", task.fit(context.mode()));
        node.put("fit", candidate.fit());
        node.put("tried", candidate.tried());
        node.put("favorite", candidate.favorite());
        node.put("proven", candidate.proven());
        node.put("on_probation", candidate.onProbation());
        node.put("affinity", candidate.affinity());
        node.put("evidence_value", candidate.evidenceValue());
        node.put("evidence_weight", candidate.evidenceWeight());
        node.put("p", probability);
        return node;
    }
}
