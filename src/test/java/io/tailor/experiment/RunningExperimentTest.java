package io.tailor.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunningExperimentTest {

    private static final RunningExperiment EXPERIMENT = new RunningExperiment(
            "holdout-2026",
            List.of(
                    new Arm("adaptive", ArmPolicy.ADAPTIVE, 0.7, true),
                    new Arm("thompson", ArmPolicy.THOMPSON, 0.2, true),
                    new Arm("holdout", ArmPolicy.LIBRARY, 0.1, false)));

    @Test
    void twoThousandHashedUsersSplitRoughlyByTheShares() {
        Map<String, Integer> counts = new HashMap<>();
        IntStream.range(0, 2_000)
                .forEach(i -> counts.merge(EXPERIMENT.armFor("user-" + i).name(), 1, Integer::sum));

        // binomial standard deviations at n = 2,000: about 20, 18 and 13 users; four of them allowed
        assertThat(counts.get("adaptive")).isCloseTo(1_400, within(80));
        assertThat(counts.get("thompson")).isCloseTo(400, within(72));
        assertThat(counts.get("holdout")).isCloseTo(200, within(52));
    }

    @Test
    void aUsersArmIsTheSameEveryTimeAndOnAnEqualDefinition() {
        RunningExperiment again = new RunningExperiment(EXPERIMENT.id(), List.copyOf(EXPERIMENT.arms()));

        IntStream.range(0, 200).mapToObj(i -> "stable-" + i).forEach(user -> {
            assertThat(EXPERIMENT.armFor(user)).isEqualTo(EXPERIMENT.armFor(user));
            assertThat(again.armFor(user)).isEqualTo(EXPERIMENT.armFor(user));
        });
    }

    @Test
    void anotherExperimentShufflesUsersAfresh() {
        long same = IntStream.range(0, 2_000)
                .filter(i -> RunningExperiment.pointOf("first", "user-" + i) < 0.5
                        == RunningExperiment.pointOf("second", "user-" + i) < 0.5)
                .count();

        assertThat(same).as("independent halves agree for about half the users").isBetween(900L, 1_100L);
    }

    @Test
    void pointsLieInTheUnitInterval() {
        IntStream.range(0, 10_000)
                .forEach(i -> assertThat(RunningExperiment.pointOf("e", "u" + i))
                        .isGreaterThanOrEqualTo(0)
                        .isLessThan(1));
    }
}
