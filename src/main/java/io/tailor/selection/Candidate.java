package io.tailor.selection;

import io.tailor.library.TaskScoring.ScoredTask;
import io.tailor.profile.TaskStats;
import java.time.Instant;

/**
 * One eligible task of a slot, with everything any policy weighs about it as of the plan's start: its
 * library fit and what the user's profile says of it. A logged decision carries these, so another policy
 * can be evaluated on it later without the profile.
 *
 * @param fit the library score for the user's archetype and mode
 * @param affinity the learned affinity at the plan's start ({@code Evidence.score})
 * @param evidenceValue the evidence's mean outcome, and {@code evidenceWeight} its decayed weight then
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
        double evidenceWeight) {

    static Candidate of(ScoredTask scored, TaskStats stats, Instant planTime) {
        return new Candidate(
                scored.task().id(),
                scored.score(),
                stats.isTried(),
                stats.isFavorite(),
                stats.isProven(),
                stats.isOnProbation(planTime),
                stats.affinity().score(planTime),
                stats.affinity().value(),
                stats.affinity().weightAt(planTime));
    }
}
