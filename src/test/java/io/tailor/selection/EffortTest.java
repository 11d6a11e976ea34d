package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Difficulty and length in adaptive's draws (issue 18, point 6): a low-energy day leans to easier, shorter
 * tasks, and a user who completes is stepped up with the phase. Four untried tasks of equal fit, from an easy
 * five-minute one to a hard hour, so only difficulty and length tell them apart.
 */
class EffortTest {

    private static final List<Candidate> RANGE = List.of(
            untried("easy-short", 1, 5), untried("medium", 2, 20), untried("hard", 3, 30), untried("hardest", 5, 60));

    @Test
    void aLowEnergyDayLeansToEasierAndShorterTasks() {
        double[] low = probabilities(LearningPhase.DISCOVERY, EnergyMode.LOW, null);
        double[] medium = probabilities(LearningPhase.DISCOVERY, EnergyMode.MEDIUM, null);

        assertThat(medium).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-12));
        assertThat(low[0]).isGreaterThan(low[1]);
        assertThat(low[1]).isGreaterThan(low[2]);
        assertThat(low[2]).isGreaterThan(low[3]);
        assertThat(meanDifficulty(low)).isLessThan(meanDifficulty(medium) - 0.8);
        assertThat(meanMinutes(low)).isLessThan(meanMinutes(medium) - 10);
    }

    @Test
    void lengthAloneLeansALowEnergyDayToTheShorterOfTwoEquallyEasyTasks() {
        Slot slot = slot(LearningPhase.DISCOVERY, EnergyMode.LOW, null, untried("five", 1, 5), untried("hour", 1, 60));

        double[] probabilities = new AdaptivePolicy().probabilities(slot, new SplittableRandom(1));

        // 50 minutes beyond the first 10 halve the weight every 30 minutes
        assertThat(probabilities[1] / probabilities[0]).isCloseTo(Math.pow(0.5, 50 / 30.0), within(1e-9));
    }

    @Test
    void difficultyStepsUpWithThePhaseForAUserWhoCompletes() {
        double discovery = meanDifficulty(probabilities(LearningPhase.DISCOVERY, EnergyMode.MEDIUM, 0.8));
        double establishment = meanDifficulty(probabilities(LearningPhase.ESTABLISHMENT, EnergyMode.MEDIUM, 0.8));
        double mastery = meanDifficulty(probabilities(LearningPhase.MASTERY, EnergyMode.MEDIUM, 0.8));

        assertThat(discovery).isCloseTo(2.75, within(1e-9));
        assertThat(establishment).isGreaterThan(discovery);
        assertThat(mastery).isGreaterThan(establishment + 0.1);
        assertThat(Effort.targetDifficulty(LearningPhase.MASTERY, 0.8)).isEqualTo(3);
    }

    @Test
    void aUserWhoStrugglesOrHasNotReportedIsNotSteppedUp() {
        double[] even = probabilities(LearningPhase.DISCOVERY, EnergyMode.MEDIUM, null);

        assertThat(probabilities(LearningPhase.MASTERY, EnergyMode.MEDIUM, 0.4)).containsExactly(even, within(1e-12));
        assertThat(probabilities(LearningPhase.MASTERY, EnergyMode.HIGH, null)).containsExactly(even, within(1e-12));
    }

    @Test
    void aLowEnergyDayIsNeverSteppedUp() {
        assertThat(probabilities(LearningPhase.MASTERY, EnergyMode.LOW, 0.9))
                .containsExactly(probabilities(LearningPhase.DISCOVERY, EnergyMode.LOW, null), within(1e-12));
    }

    @Test
    void aCandidateLoggedWithoutItsDifficultyWeighsByItsLengthAlone() {
        Candidate unknown = new Candidate("old", 0.8, false, false, false, false, 0.5, 0.5, 0, null, null, false);
        Slot mastery = slot(LearningPhase.MASTERY, EnergyMode.MEDIUM, 0.9, unknown);

        assertThat(Effort.factor(mastery, unknown)).isEqualTo(1);
    }

    private static double[] probabilities(LearningPhase phase, EnergyMode mode, @Nullable Double completionRate) {
        return new AdaptivePolicy()
                .probabilities(
                        slot(phase, mode, completionRate, RANGE.toArray(Candidate[]::new)), new SplittableRandom(1));
    }

    private static Slot slot(
            LearningPhase phase, EnergyMode mode, @Nullable Double completionRate, Candidate... candidates) {
        return new Slot(phase, List.of(candidates), candidates[0].taskId(), null, null, mode, completionRate);
    }

    private static double meanDifficulty(double[] probabilities) {
        double mean = 0;
        for (int i = 0; i < probabilities.length; i++) {
            mean += probabilities[i] * RANGE.get(i).difficulty();
        }
        return mean;
    }

    private static double meanMinutes(double[] probabilities) {
        double mean = 0;
        for (int i = 0; i < probabilities.length; i++) {
            mean += probabilities[i] * RANGE.get(i).durationMinutes();
        }
        return mean;
    }

    private static Candidate untried(String id, int difficulty, int minutes) {
        return new Candidate(id, 0.8, false, false, false, false, 0.5, 0.5, 0, null, null, false, difficulty, minutes);
    }
}
