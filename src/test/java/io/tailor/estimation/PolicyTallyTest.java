package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTallyTest {

    private static final double EXACT = 1e-12;
    private static final double[] ONCE = {1};

    /**
     * Four decisions over two candidates each, worked by hand: tasks A and B, predicted 0.6 and 0.4, then
     * tasks C and D, predicted 0.7 and 0.2.
     *
     * <pre>
     * i  logged p   chose  r  π      q̂         w = π(chosen)/p   w·r     Σ_a π q̂   DR_i = Σ_a π q̂ + w (r − q̂(chosen))
     * 1  0.8 0.2    A      1  .5 .5  0.6 0.4   0.5/0.8 = 0.625   0.625   0.5       0.5 + 0.625 (1 − 0.6) = 0.75
     * 2  0.8 0.2    B      0  .5 .5  0.6 0.4   0.5/0.2 = 2.5     0       0.5       0.5 + 2.5 (0 − 0.4)   = −0.5
     * 3  0.5 0.5    C      1  1  0   0.7 0.2   1/0.5   = 2       2       0.7       0.7 + 2 (1 − 0.7)     = 1.3
     * 4  0.5 0.5    D      1  1  0   0.7 0.2   0/0.5   = 0       0       0.7       0.7 + 0               = 0.7
     *
     * Σw = 5.125 = 41/8, Σw·r = 2.625, Σw² = 0.390625 + 6.25 + 4 + 0 = 10.640625 = 681/64, ΣDR = 2.25
     * IPS = 2.625 / 4 = 0.65625; SNIPS = 2.625 / 5.125 = 21/41; DR = 2.25 / 4 = 0.5625
     * ESS = (41/8)² / (681/64) = 1681/681
     * DR per task, as summed: q̂ coefficients A 0.5 − 0.625 + 0.5 = 0.375, B 0.5 + 0.5 − 2.5 = −1.5,
     * C 1 − 2 + 1 = 0, D 0; Σw·r + 0.6·0.375 + 0.4·(−1.5) = 2.625 + 0.225 − 0.6 = 2.25, the same
     * </pre>
     */
    @Test
    void estimatesIpsSnipsDrAndTheEffectiveSampleSizeAsWorkedByHand() {
        PolicyTally tally = new PolicyTally("half-then-c", 1);
        int[] ab = {0, 1};
        int[] cd = {2, 3};
        tally.add(new Observation(0, 0.8, 1, new double[] {0.5, 0.5}, ab), ONCE);
        tally.add(new Observation(1, 0.2, 0, new double[] {0.5, 0.5}, ab), ONCE);
        tally.add(new Observation(0, 0.5, 1, new double[] {1, 0}, cd), ONCE);
        tally.add(new Observation(1, 0.5, 1, new double[] {1, 0}, cd), ONCE);

        List<Estimate> estimates = tally.estimates(new double[] {0.6, 0.4, 0.7, 0.2});

        assertThat(estimates).extracting(Estimate::estimator).containsExactly(Estimator.values());
        assertThat(estimates.get(0).value()).isCloseTo(0.65625, within(EXACT));
        assertThat(estimates.get(1).value()).isCloseTo(21.0 / 41, within(EXACT));
        assertThat(estimates.get(2).value()).isCloseTo(0.5625, within(EXACT));
        assertThat(estimates).allSatisfy(estimate -> {
            assertThat(estimate.decisions()).isEqualTo(4);
            assertThat(estimate.ess()).isCloseTo(1681.0 / 681, within(EXACT));
            // one replicate that counts every decision once is the sample itself
            assertThat(estimate.ciLow()).isCloseTo(estimate.value(), within(EXACT));
            assertThat(estimate.ciHigh()).isCloseTo(estimate.value(), within(EXACT));
        });
    }

    /**
     * Two decisions, two replicates: the first counts decision 1 twice and decision 2 not at all, the second
     * decision 2 three times. w₁ = 0.5/0.5 = 1 with r = 1, w₂ = 0.5/0.25 = 2 with r = 0.
     *
     * <pre>
     * replicate 1: IPS = 2·1·1 / 2 = 1,  SNIPS = 2 / (2·1) = 1
     * replicate 2: IPS = 0 / 3 = 0,      SNIPS = 0 / (3·2) = 0
     * interval (type 7 over {0, 1}): 0 + 0.025·(1 − 0) = 0.025 to 0.975
     * </pre>
     */
    @Test
    void weighsEachDecisionByItsUsersCountInEachReplicate() {
        PolicyTally tally = new PolicyTally("half", 2);
        int[] tasks = {0, 1};
        tally.add(new Observation(0, 0.5, 1, new double[] {0.5, 0.5}, tasks), new double[] {2, 0});
        tally.add(new Observation(1, 0.25, 0, new double[] {0.5, 0.5}, tasks), new double[] {0, 3});

        List<Estimate> estimates = tally.estimates(new double[] {0, 0});
        Estimate ips = estimates.get(0);
        Estimate snips = estimates.get(1);

        assertThat(ips.ciLow()).isCloseTo(0.025, within(EXACT));
        assertThat(ips.ciHigh()).isCloseTo(0.975, within(EXACT));
        assertThat(snips.ciLow()).isCloseTo(0.025, within(EXACT));
        assertThat(snips.ciHigh()).isCloseTo(0.975, within(EXACT));
    }

    @Test
    void takesPercentilesBetweenOrderStatisticsLikeRAndNumpy() {
        double[] sorted = {1, 2, 3, 4, 5};

        // h = (5 − 1)·0.025 = 0.1 → 1 + 0.1·(2 − 1); h = 4·0.975 = 3.9 → 4 + 0.9·(5 − 4)
        assertThat(PolicyTally.percentile(sorted, 0.025)).isCloseTo(1.1, within(EXACT));
        assertThat(PolicyTally.percentile(sorted, 0.975)).isCloseTo(4.9, within(EXACT));
        assertThat(PolicyTally.percentile(new double[] {7}, 0.975)).isEqualTo(7);
        assertThat(PolicyTally.percentile(new double[0], 0.5)).isNaN();
    }

    @Test
    void leavesReplicatesWithoutAnyDecisionOutOfTheInterval() {
        PolicyTally tally = new PolicyTally("all", 3);
        tally.add(new Observation(0, 1, 1, new double[] {1}, new int[] {0}), new double[] {0, 1, 2});

        Estimate ips = tally.estimates(new double[] {0.5}).get(0);

        assertThat(ips.ciLow()).isEqualTo(1);
        assertThat(ips.ciHigh()).isEqualTo(1);
    }
}
