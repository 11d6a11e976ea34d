package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tailor.estimation.CandidateFeatures;
import io.tailor.estimation.DecisionLine;
import io.tailor.estimation.Estimator;
import io.tailor.estimation.TargetPolicies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpeProofTest {

    private static final int USERS = 50;
    private static final List<Long> SEEDS = List.of(3L, 4L);
    private static final List<OpeProof.Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void logTwoSeeds() {
        for (long seed : SEEDS) {
            ROWS.addAll(OpeProof.run(World.standard(seed, TasteModel.DEFAULT), USERS, 1, () -> {}));
        }
    }

    @Test
    void estimatesEveryPolicyByEveryEstimatorOnEachSeed() {
        assertThat(ROWS).hasSize(SEEDS.size() * TargetPolicies.all().size() * Estimator.values().length);
        assertThat(ROWS).allMatch(row -> Double.isFinite(row.truth()) && row.truth() > 0 && row.truth() < 1);
        assertThat(ROWS.stream().map(row -> row.estimate().policy()).distinct())
                .containsExactlyElementsOf(TargetPolicies.all().keySet());
    }

    @Test
    void theLoggingPolicyIsEstimatedOnEveryDecisionAndItsIpsIsItsTruthWithinNoise() {
        for (OpeProof.Row row : rows("logging", Estimator.IPS)) {
            assertThat(row.estimate().decisions()).isEqualTo(USERS * 7L * 5);
            assertThat(row.estimate().ess()).isCloseTo(row.estimate().decisions(), within(1e-6));
            assertThat(row.estimate().value()).isCloseTo(row.truth(), within(0.03));
            assertThat(row.covered()).isTrue();
        }
    }

    @Test
    void theStaticPlanIsEstimatedOnlyWhereTheSlotOfferedItsTask() {
        for (long seed : SEEDS) {
            long all = decisions(seed, "logging");
            assertThat(decisions(seed, "static")).isPositive().isLessThan(all);
            assertThat(decisions(seed, "adaptive")).isEqualTo(all);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        List<OpeProof.Row> again =
                OpeProof.run(World.standard(SEEDS.getFirst(), TasteModel.DEFAULT), USERS, 1, () -> {});
        assertThat(OpeProofReport.csv(again))
                .isEqualTo(OpeProofReport.csv(ROWS.stream()
                        .filter(row -> row.seed() == SEEDS.getFirst())
                        .toList()));
    }

    @Test
    void theTruthWeighsWhatEachCandidateWouldHaveDoneByThePolicysProbabilities() {
        LoggedChoice choice =
                new LoggedChoice(line(1, DecisionLine.Outcome.SKIPPED), new boolean[] {true, false, true});

        assertThat(choice.truth(new double[] {0.5, 0.3, 0.2})).isCloseTo(0.7, within(1e-12));
        assertThat(choice.truth(new double[] {0, 1, 0})).isZero();
        assertThat(choice.truth(new double[] {0, 0, 1})).isEqualTo(1.0);
    }

    @Test
    void refusesCounterfactualsThatContradictTheLoggedOutcome() {
        assertThatThrownBy(() ->
                        new LoggedChoice(line(0, DecisionLine.Outcome.SKIPPED), new boolean[] {true, false, true}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoggedChoice(line(0, DecisionLine.Outcome.DONE), new boolean[] {true, false}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long decisions(long seed, String policy) {
        return ROWS.stream()
                .filter(row -> row.seed() == seed && row.estimate().policy().equals(policy))
                .findFirst()
                .orElseThrow()
                .estimate()
                .decisions();
    }

    private static List<OpeProof.Row> rows(String policy, Estimator estimator) {
        return ROWS.stream()
                .filter(row ->
                        row.estimate().policy().equals(policy) && row.estimate().estimator() == estimator)
                .toList();
    }

    /** Three candidates, the {@code chosen} one first in {@code a}, uniformly likely. */
    private static DecisionLine line(int chosen, DecisionLine.Outcome outcome) {
        List<CandidateFeatures> candidates = IntStream.range(0, 3)
                .mapToObj(i -> new CandidateFeatures(
                        "task-" + i, "move", "group-" + i, 1, 1, 1, 10, false, false, false, false, 0, 0, 0))
                .toList();
        List<Integer> actions = new ArrayList<>(List.of(chosen + 1));
        IntStream.range(0, 3).filter(i -> i != chosen).forEach(i -> actions.add(i + 1));
        return new DecisionLine(
                "event",
                Instant.EPOCH,
                actions,
                List.of(1 / 3.0, 1 / 3.0, 1 / 3.0),
                new DecisionLine.Context(
                        "user",
                        "move",
                        "morning",
                        "discovery",
                        "a",
                        "m",
                        "monday",
                        null,
                        null,
                        "v1",
                        null,
                        null,
                        candidates,
                        null),
                "adaptive/1",
                "explore",
                "exact",
                outcome,
                null,
                null);
    }
}
