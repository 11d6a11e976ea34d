package io.tailor.decision;

import io.tailor.estimation.CandidateFeatures;
import io.tailor.estimation.DecisionLineWriter;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import io.tailor.selection.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A plan item's decision as the plan's own statement stores it in {@code plan_decisions} (V18): the policy,
 * the slot's phase and best unrotated task, every eligible candidate with its features as the DSJSON
 * {@code _multi} array (rendered here once, so the export copies it), their probabilities in the same order,
 * and the chosen one. The candidates carry the library's features as they were, so the log stays readable
 * after the library changes. What the plan's items share is the {@link Context}.
 *
 * @param multi the candidates, as {@link DecisionLineWriter#multi} renders them
 * @param probabilities each candidate's probability under the serving policy, in {@code multi}'s order
 * @param categoryTried the variations of the slot's category the user had tried, which steers discovery (V21)
 */
public record LoggedDecision(
        String policy,
        String pool,
        boolean exact,
        int chosen,
        double propensity,
        LearningPhase phase,
        @Nullable String unrotatedBest,
        String multi,
        List<Double> probabilities,
        @Nullable Integer categoryTried) {

    public LoggedDecision {
        probabilities = List.copyOf(probabilities);
    }

    public static LoggedDecision of(Decision decision, Context context) {
        List<CandidateFeatures> candidates = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (int i = 0; i < decision.slot().size(); i++) {
            candidates.add(CandidateFeatures.of(
                    decision.tasks().get(i), decision.slot().candidate(i), context.archetype(), context.mode()));
            probabilities.add(decision.probabilities()[i]);
        }
        return new LoggedDecision(
                decision.policyVersion(),
                decision.selection().pool().name().toLowerCase(Locale.ROOT),
                decision.exact(),
                decision.chosen(),
                decision.propensity(),
                decision.slot().phase(),
                decision.slot().unrotatedBest(),
                DecisionLineWriter.multi(candidates),
                probabilities,
                decision.slot().categoryTried());
    }

    /**
     * A fallback source's item: its one task, chosen with probability 1, named by its library id when it has
     * one (else {@code fallback:} and its name), without features, as the source knows none.
     */
    public static LoggedDecision fallback(
            @Nullable String taskLibraryId, String taskName, Category category, Context context) {
        CandidateFeatures only = new CandidateFeatures(
                taskLibraryId == null ? "fallback:" + taskName : taskLibraryId,
                category.value(),
                "",
                0,
                0,
                0,
                0,
                false,
                false,
                false,
                false,
                0,
                0,
                0);
        return new LoggedDecision(
                "fallback",
                "fallback",
                true,
                0,
                1.0,
                context.phase(),
                null,
                DecisionLineWriter.multi(List.of(only)),
                List.of(1.0),
                null);
    }

    /**
     * What a plan's choices depended on besides their candidates, the same for each of its items.
     *
     * @param completionRate the user's share of reports done when planned (null before any), which adaptive/3
     *     steps difficulty up by
     * @param daysMissed as {@link io.tailor.selection.WelcomeBack#daysMissed} counts them, null for a user who
     *     never reported
     */
    public record Context(
            LearningPhase phase,
            Archetype archetype,
            EnergyMode mode,
            LocalDate date,
            ZoneId zone,
            @Nullable Instant firstFeedbackAt,
            @Nullable Double completionRate,
            String libraryVersion,
            @Nullable Arm arm,
            @Nullable Integer daysMissed) {

        /** Whole days from the user's first feedback to the plan's date, in their zone; none before any. */
        public @Nullable Integer daysSinceFirstFeedback() {
            return firstFeedbackAt == null
                    ? null
                    : (int) ChronoUnit.DAYS.between(firstFeedbackAt.atZone(zone).toLocalDate(), date);
        }

        /** When the plan's day ends in the user's zone: an item unreported by then is not reported. */
        public Instant dayEndsAt() {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** The experiment arm a plan was made under; {@code learns} false keeps it out of pooled learning. */
    public record Arm(String experiment, String arm, boolean learns) {}
}
