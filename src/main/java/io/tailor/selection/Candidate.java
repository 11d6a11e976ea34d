package io.tailor.selection;

import io.tailor.library.TaskScoring.ScoredTask;
import io.tailor.profile.TaskStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One eligible task of a slot, with everything any policy weighs about it as of the plan's start: its
 * library fit and what the user's profile says of it. A logged decision carries these, so another policy
 * can be evaluated on it later without the profile.
 *
 * @param fit the library score for the user's archetype and mode
 * @param affinity the learned affinity at the plan's start ({@code Evidence.score})
 * @param evidenceValue the evidence's mean outcome, and {@code evidenceWeight} its decayed weight then
 * @param pooled what users like this one did with it, on the evidence's scale ({@link TaskPrior#mean}); null
 *     without a pooled prior
 * @param daysUnseen whole days from the user's latest report of it to the plan's start; null when untried
 * @param similarToLoved in the variation group of a task the user loved lately ({@link TaskStats#isLoved}),
 *     the task itself included: what a summary's "We'll include similar tasks" promises
 * @param difficulty the task's difficulty, 1-5 ({@link Effort}); null in a log from before it was kept
 * @param durationMinutes the library's duration of the task: low energy and a return day lean on shorter ones
 *     ({@link Effort}, {@link WelcomeBack}); 0 in a log from before it was read
 */
public record Candidate(
        String taskId,
        double fit,
        boolean tried,
        boolean favorite,
        boolean proven,
        boolean onProbation,
        double affinity,
        double evidenceValue,
        double evidenceWeight,
        @Nullable Double pooled,
        @Nullable Integer daysUnseen,
        boolean similarToLoved,
        @Nullable Integer difficulty,
        int durationMinutes) {

    /** A candidate whose difficulty and length are not known (a log from before they were kept). */
    public Candidate(
            String taskId,
            double fit,
            boolean tried,
            boolean favorite,
            boolean proven,
            boolean onProbation,
            double affinity,
            double evidenceValue,
            double evidenceWeight,
            @Nullable Double pooled,
            @Nullable Integer daysUnseen,
            boolean similarToLoved) {
        this(
                taskId,
                fit,
                tried,
                favorite,
                proven,
                onProbation,
                affinity,
                evidenceValue,
                evidenceWeight,
                pooled,
                daysUnseen,
                similarToLoved,
                null,
                0);
    }

    /** A candidate without a pooled prior, and without its days unseen (a log from before they were kept). */
    public Candidate(
            String taskId,
            double fit,
            boolean tried,
            boolean favorite,
            boolean proven,
            boolean onProbation,
            double affinity,
            double evidenceValue,
            double evidenceWeight) {
        this(
                taskId,
                fit,
                tried,
                favorite,
                proven,
                onProbation,
                affinity,
                evidenceValue,
                evidenceWeight,
                null,
                null,
                false,
                null,
                0);
    }

    static Candidate of(
            ScoredTask scored, TaskStats stats, Instant planTime, Optional<TaskPrior> prior, boolean similarToLoved) {
        Instant lastReported = stats.lastFeedbackAt();
        return new Candidate(
                scored.task().id(),
                scored.score(),
                stats.isTried(),
                stats.isFavorite(),
                stats.isProven(),
                stats.isOnProbation(planTime),
                stats.affinity().score(planTime),
                stats.affinity().value(),
                stats.affinity().weightAt(planTime),
                prior.map(TaskPrior::mean).orElse(null),
                lastReported == null
                        ? null
                        : (int) Math.max(
                                0, Duration.between(lastReported, planTime).toDays()),
                similarToLoved,
                scored.task().difficulty(),
                scored.task().durationMinutes());
    }

    /**
     * The user's estimate with a pooled prior: the cohort's mean held as {@code strength} outcomes ({@link
     * PooledPriors#STRENGTH} when served), shrunk toward the user's own evidence as it grows (empirical Bayes);
     * without one, the affinity.
     */
    double pooledEstimate(double strength) {
        return pooled == null
                ? affinity
                : (evidenceValue * evidenceWeight + pooled * strength) / (evidenceWeight + strength);
    }
}
