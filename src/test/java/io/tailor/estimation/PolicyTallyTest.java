package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTallyTest {

    private static final double EXACT = 1e-12;
    private static final int[] ONCE = {1};

    /**
     * Four decisions over two candidates (A, B), worked by hand:
     *
     * <pre>
     * i  logged p   chose  r  π(A) π(B)  q̂(A) q̂(B)  w = π(chosen)/p   w·r     Σ_a π q̂   DR_i = Σ_a π q̂ + w (r − q̂(chosen))
     * 1  0.8 0.2    A      1  0.5  0.5   0.6  0.4   0.5/0.8 = 0.625   0.625   0.5       0.5 + 0.625 (1 − 0.6) = 0.75
     * 2  0.8 0.2    B      0  0.5  0.5   0.6  0.4   0.5/0.2 = 2.5     0       0.5       0.5 + 2.5 (0 − 0.4)   = −0.5
     * 3  0.5 0.5    A      1  1    0     0.7  0.2   1/0.5   = 2       2       0.7       0.7 + 2 (1 − 0.7)     = 1.3
     * 4  0.5 0.5    B      1  1    0     0.7  0.2   0/0.5   = 0       0       0.7       0.7 + 0               = 0.7
     *
     * Σw = 5.125 = 41/8, Σw·r = 2.625, Σw² = 0.390625 + 6.25 + 4 + 0 = 10.640625 = 681/64, ΣDR = 2.25
     * IPS = 2.625 / 4 = 0.65625; SNIPS = 2.625 / 5.125 = 21/41; DR = 2.25 / 4 = 0.5625
     * ESS = (41/8)² / (681/64) = 1681/681
     * </pre>
     */
    @Test
    void estimatesIpsSnipsDrAndTheEffectiveSampleSizeAsWorkedByHand() {
        PolicyTally tally = new PolicyTally("half-then-a", 1);
        tally.add(new Observation(0, 0.8, 1, new double[] {0.5, 0.5}, new double[] {0.6, 0.4}), ONCE);
        tally.add(new Observation(1, 0.2, 0, new double[] {0.5, 0.5}, new double[] {0.6, 0.4}), ONCE);
        tally.add(new Observation(0, 0.5, 1, new double[] {1, 0}, new double[] {0.7, 0.2}), ONCE);
        tally.add(new Observation(1, 0.5, 1, new double[] {1, 0}, new double[] {0.7, 0.2}), ONCE);

        List<Estimate> estimates = tally.estimates();

        assertThat(estimates).extracting(Estimate::estimator).containsExactly(Estimator.values());
        assertThat(estimates.get(0).value()).isCloseTo(0.65625, within(EXACT));
        assertThat(estimates.get(1).value()).isCloseTo(21.0 / 41, within(EXACT));
        assertThat(estimates.get(2).value()).isCloseTo(0.5625, within(EXACT));
        assertThat(estimates).allSatisfy(estimate -> {
            assertThat(estimate.decisions()).isEqualTo(4);
            assertThat(estimate.ess()).isCloseTo(1681.0 / 681, within(EXACT));
            // one replicate that counts every decision once is the sample itself
            assertThat(estimate.ciLow()).isEqualTo(estimate.value());
            assertThat(estimate.ciHigh()).isEqualTo(estimate.value());
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
        tally.add(new Observation(0, 0.5, 1, new double[] {0.5, 0.5}, new double[] {0, 0}), new int[] {2, 0});
        tally.add(new Observation(1, 0.25, 0, new double[] {0.5, 0.5}, new double[] {0, 0}), new int[] {0, 3});

        Estimate ips = tally.estimates().get(0);
        Estimate snips = tally.estimates().get(1);

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
        tally.add(new Observation(0, 1, 1, new double[] {1}, new double[] {0.5}), new int[] {0, 1, 2});

        Estimate ips = tally.estimates().get(0);

        assertThat(ips.ciLow()).isEqualTo(1);
        assertThat(ips.ciHigh()).isEqualTo(1);
    }
}
