package io.tailor.selection;

import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import org.jspecify.annotations.Nullable;

/**
 * How a task's difficulty and length move its weight, from what the slot logs (the user's mode, phase and
 * completion rate) and what each candidate logs (difficulty, minutes), so a replay of the log weighs alike.
 * <ul>
 *   <li>On a low-energy day, each difficulty step above 1 weighs ×{@value #LOW_STEP} and every
 *       {@value #LOW_HALVING_MINUTES} minutes beyond {@value #LOW_SHORT_MINUTES} halve the weight: the
 *       plan leans to easier, shorter tasks without banning the others.
 *   <li>Otherwise, a user who completes (at least {@value #STEP_UP_MIN_COMPLETION} of their reports) is
 *       stepped up with the phase: each step below the phase's target difficulty (discovery 1,
 *       establishment 2, mastery 3) weighs ×{@value #STEP_UP_STEP}, so harder tasks weigh relatively more.
 *       A user who struggles is not pushed, and a low-energy day is never stepped up.
 * </ul>
 * A candidate logged before difficulty was kept weighs as its difficulty did not matter.
 */
final class Effort {

    static final double LOW_STEP = 0.7;
    static final int LOW_SHORT_MINUTES = 10;
    static final int LOW_HALVING_MINUTES = 30;
    static final double STEP_UP_MIN_COMPLETION = 0.6;
    static final double STEP_UP_STEP = 0.75;

    private Effort() {}

    static double factor(Slot slot, Candidate candidate) {
        Integer difficulty = candidate.difficulty();
        if (slot.mode() == EnergyMode.LOW) {
            int extraMinutes = Math.max(0, candidate.durationMinutes() - LOW_SHORT_MINUTES);
            return Math.pow(LOW_STEP, difficulty == null ? 0 : Math.max(0, difficulty - 1))
                    * Math.pow(0.5, (double) extraMinutes / LOW_HALVING_MINUTES);
        }
        int target = targetDifficulty(slot.phase(), slot.completionRate());
        return difficulty == null ? 1 : Math.pow(STEP_UP_STEP, Math.max(0, target - difficulty));
    }

    /** The least difficulty the phase steps a user up to: 1 (none) unless they complete. */
    static int targetDifficulty(LearningPhase phase, @Nullable Double completionRate) {
        if (completionRate == null || completionRate < STEP_UP_MIN_COMPLETION) {
            return 1;
        }
        return switch (phase) {
            case DISCOVERY -> 1;
            case ESTABLISHMENT -> 2;
            case MASTERY -> 3;
        };
    }
}
