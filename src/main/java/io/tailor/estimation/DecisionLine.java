package io.tailor.estimation;

import io.tailor.library.Task;
import io.tailor.selection.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One logged decision, a line of the decision log: the slot's eligible candidates in a fixed order, the
 * policy's probability for each, which one it chose, and what came of it. {@code actions} are 1-based
 * indices into the candidates, the chosen one first and then the others, and {@code probabilities} are
 * theirs in the same order, as Vowpal Wabbit's {@code --cb_explore_adf} reads them. The label fields of the
 * log ({@code _label_Action}, {@code _labelIndex}, {@code _label_probability}, {@code _label_cost}) follow
 * from these and the outcome, so they are methods here and cannot disagree.
 */
public record DecisionLine(
        String eventId,
        Instant timestamp,
        List<Integer> actions,
        List<Double> probabilities,
        Context context,
        String policy,
        String pool,
        String probabilityKind,
        Outcome outcome,
        @Nullable Integer rating,
        @Nullable Experiment experiment) {

    public DecisionLine {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(probabilityKind, "probabilityKind");
        Objects.requireNonNull(outcome, "outcome");
        actions = List.copyOf(actions);
        probabilities = List.copyOf(probabilities);
        int size = context.candidates().size();
        if (size == 0 || actions.size() != size || probabilities.size() != size) {
            throw new IllegalArgumentException("a, p and _multi must have one entry per candidate, got "
                    + actions.size() + ", " + probabilities.size() + " and " + size);
        }
        boolean[] seen = new boolean[size + 1];
        for (int action : actions) {
            if (action < 1 || action > size || seen[action]) {
                throw new IllegalArgumentException("a must list each of 1.." + size + " once, got " + actions);
            }
            seen[action] = true;
        }
    }

    /**
     * A decision as its line reads, made where the decision is (the simulator's logged runs): the slot's
     * candidates in its order, the chosen one first in {@code a}, and the serving policy's probabilities.
     */
    public static DecisionLine of(
            Decision decision, DecisionSituation situation, Outcome outcome, @Nullable Integer rating) {
        List<CandidateFeatures> candidates = new ArrayList<>();
        List<Integer> actions = new ArrayList<>(List.of(decision.chosen() + 1));
        List<Double> probabilities = new ArrayList<>(List.of(decision.propensity()));
        for (int i = 0; i < decision.slot().size(); i++) {
            candidates.add(CandidateFeatures.of(
                    decision.tasks().get(i), decision.slot().candidate(i), situation.archetype(), situation.mode()));
            if (i != decision.chosen()) {
                actions.add(i + 1);
                probabilities.add(decision.probabilities()[i]);
            }
        }
        Task task = decision.selection().task();
        // a decision made where it is (the simulator) has no plan to place it in: the task's best time
        Context context = new Context(
                situation.userId(),
                task.category().value(),
                task.bestTimeOfDay().value(),
                decision.slot().phase().value(),
                situation.archetype().value(),
                situation.mode().value(),
                situation.date().getDayOfWeek().name().toLowerCase(Locale.ROOT),
                situation.daysSinceFirstFeedback(),
                decision.slot().completionRate(),
                situation.libraryVersion(),
                decision.slot().unrotatedBest(),
                decision.slot().categoryTried(),
                candidates,
                decision.slot().daysMissed());
        return new DecisionLine(
                situation.eventId(),
                situation.timestamp(),
                actions,
                probabilities,
                context,
                decision.policyVersion(),
                decision.selection().pool().name().toLowerCase(Locale.ROOT),
                decision.exact() ? "exact" : "estimated",
                outcome,
                rating,
                null);
    }

    /** The 0-based index of the chosen candidate ({@code _labelIndex}). */
    public int chosenIndex() {
        return actions.get(0) - 1;
    }

    /** The logging policy's probability of the choice it made ({@code _label_probability}). */
    public double chosenProbability() {
        return probabilities.get(0);
    }

    public CandidateFeatures chosen() {
        return context.candidates().get(chosenIndex());
    }

    public double reward() {
        return outcome.reward();
    }

    /** Minus the reward, as Vowpal Wabbit minimises cost; 0 rather than -0 when nothing was done. */
    public double cost() {
        return outcome.reward() == 0 ? 0.0 : -outcome.reward();
    }

    /** The logging policy's probabilities in candidate order, the shape a {@link TargetPolicy} answers in. */
    public double[] candidateProbabilities() {
        double[] aligned = new double[actions.size()];
        for (int i = 0; i < aligned.length; i++) {
            aligned[actions.get(i) - 1] = probabilities.get(i);
        }
        return aligned;
    }

    /**
     * The slot and the user's situation when it was filled ({@code c} in the log, without the candidates' list);
     * {@code completionRate} the user's share of reports done (null before any, and in lines from before
     * adaptive/3 weighed it); {@code categoryTried} is null in lines logged before it was kept; {@code
     * daysMissed} is as the slot had it ({@link io.tailor.selection.WelcomeBack#daysMissed}), null for a user
     * who never reported and in lines logged before it was kept.
     */
    public record Context(
            String userId,
            String category,
            String timeBlock,
            String phase,
            String archetype,
            String mode,
            String dayOfWeek,
            @Nullable Integer daysSinceFirstFeedback,
            @Nullable Double completionRate,
            String libraryVersion,
            @Nullable String unrotatedBest,
            @Nullable Integer categoryTried,
            List<CandidateFeatures> candidates,
            @Nullable Integer daysMissed) {

        public Context {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(timeBlock, "timeBlock");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(archetype, "archetype");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
            Objects.requireNonNull(libraryVersion, "libraryVersion");
            // as stored, they stay text until read (an export copies them as they are)
            candidates = candidates instanceof LoggedCandidates ? candidates : List.copyOf(candidates);
        }
    }

    /** The experiment and arm the user was in, when in one. */
    public record Experiment(String id, String arm) {

        public Experiment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(arm, "arm");
        }
    }

    /** What came of the decision; reward 1 for done, 0 otherwise, and not known yet while pending. */
    public enum Outcome {
        DONE("done"),
        SKIPPED("skipped"),
        NOT_REPORTED("not_reported"),
        PENDING("pending");

        private final String value;

        Outcome(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public double reward() {
            return this == DONE ? 1.0 : 0.0;
        }

        /** The outcome named {@code value} in the log, or null for any other word. */
        public static @Nullable Outcome of(String value) {
            for (Outcome outcome : values()) {
                if (outcome.value.equals(value)) {
                    return outcome;
                }
            }
            return null;
        }
    }
}
