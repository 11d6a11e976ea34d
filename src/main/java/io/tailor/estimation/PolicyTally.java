package io.tailor.estimation;

import java.util.Arrays;
import java.util.List;

/**
 * The running sums of one target policy's estimators over the log, and the same sums in every bootstrap
 * replicate, each decision counted as many times as its user's weight there: a few hundred numbers
 * whatever the log's length. Intervals are the replicates' 2.5th and 97.5th percentiles, interpolated
 * between order statistics (Hyndman and Fan's type 7, the default of R and NumPy).
 */
final class PolicyTally {

    private static final int DECISIONS = 0;
    private static final int WEIGHTS = 1;
    private static final int WEIGHTED_REWARDS = 2;
    private static final int DOUBLY_ROBUST = 3;

    private final String policy;
    private final double[] sums = new double[4];
    private double squaredWeights;
    private long decisions;
    private final double[][] replicates;

    PolicyTally(String policy, int replicates) {
        this.policy = policy;
        this.replicates = new double[4][replicates];
    }

    void add(Observation observation, int[] bootstrapWeights) {
        double weight = observation.weight();
        double weightedReward = weight * observation.reward();
        double doublyRobust = observation.doublyRobust();
        decisions++;
        sums[DECISIONS] += 1;
        sums[WEIGHTS] += weight;
        sums[WEIGHTED_REWARDS] += weightedReward;
        sums[DOUBLY_ROBUST] += doublyRobust;
        squaredWeights += weight * weight;
        for (int b = 0; b < bootstrapWeights.length; b++) {
            int times = bootstrapWeights[b];
            if (times != 0) {
                replicates[DECISIONS][b] += times;
                replicates[WEIGHTS][b] += times * weight;
                replicates[WEIGHTED_REWARDS][b] += times * weightedReward;
                replicates[DOUBLY_ROBUST][b] += times * doublyRobust;
            }
        }
    }

    List<Estimate> estimates() {
        double ess = squaredWeights == 0 ? 0 : sums[WEIGHTS] * sums[WEIGHTS] / squaredWeights;
        return List.of(
                estimate(Estimator.IPS, WEIGHTED_REWARDS, DECISIONS, ess),
                estimate(Estimator.SNIPS, WEIGHTED_REWARDS, WEIGHTS, ess),
                estimate(Estimator.DR, DOUBLY_ROBUST, DECISIONS, ess));
    }

    private Estimate estimate(Estimator estimator, int numerator, int denominator, double ess) {
        double[] values = new double[replicates[0].length];
        int finite = 0;
        for (int b = 0; b < values.length; b++) {
            double value = replicates[numerator][b] / replicates[denominator][b];
            if (Double.isFinite(value)) {
                values[finite++] = value;
            }
        }
        double[] sorted = Arrays.copyOf(values, finite);
        Arrays.sort(sorted);
        return new Estimate(
                policy,
                estimator,
                sums[numerator] / sums[denominator],
                percentile(sorted, 0.025),
                percentile(sorted, 0.975),
                decisions,
                ess);
    }

    /** Type 7: h = (n − 1)·q, between the order statistics around h; NaN without any. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
