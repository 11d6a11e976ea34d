package io.tailor.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The running sums of one target policy's estimators over the log, and the same sums in every bootstrap
 * replicate, each decision counted as many times as its user's weight there. Doubly robust is linear in the
 * reward model's predictions, which depend on the task alone: Σ_i DR_i = Σ_i w_i r_i + Σ_t q̂(t) Σ_i [π_i(t) −
 * w_i 1{t chosen}], so it is
 * summed per task and the model, fitted on the same pass, comes in at the end: the log is read once, and memory
 * is a few hundred numbers per task, bounded by the library's size. Intervals are the replicates' 2.5th and
 * 97.5th percentiles, interpolated between order statistics (Hyndman and Fan's type 7, the default of R and
 * NumPy).
 */
final class PolicyTally {

    private static final int DECISIONS = 0;
    private static final int WEIGHTS = 1;
    private static final int WEIGHTED_REWARDS = 2;

    private final String policy;
    private final int replicates;
    private long decisions;
    private double squaredWeights;
    /** Decisions, weights and weighted rewards: [sum][0] over the log, [sum][1 + b] in replicate b. */
    private final double[][] sums;
    /** Per task number, the model's coefficient: [0] over the log, [1 + b] in replicate b. */
    private final List<double[]> modelCoefficients = new ArrayList<>();

    PolicyTally(String policy, int replicates) {
        this.policy = policy;
        this.replicates = replicates;
        this.sums = new double[3][1 + replicates];
    }

    void add(Observation observation, double[] bootstrapWeights) {
        double weight = observation.weight();
        decisions++;
        squaredWeights += weight * weight;
        add(sums[DECISIONS], 1, bootstrapWeights);
        add(sums[WEIGHTS], weight, bootstrapWeights);
        add(sums[WEIGHTED_REWARDS], weight * observation.reward(), bootstrapWeights);
        for (int a = 0; a < observation.candidates(); a++) {
            double coefficient = observation.modelCoefficient(a);
            if (coefficient != 0) {
                add(coefficients(observation.task(a)), coefficient, bootstrapWeights);
            }
        }
    }

    private static void add(double[] sum, double value, double[] bootstrapWeights) {
        sum[0] += value;
        for (int b = 0; b < bootstrapWeights.length; b++) {
            sum[1 + b] += bootstrapWeights[b] * value;
        }
    }

    private double[] coefficients(int task) {
        while (modelCoefficients.size() <= task) {
            modelCoefficients.add(new double[1 + replicates]);
        }
        return modelCoefficients.get(task);
    }

    /** The estimates, given the reward model's prediction for each task by its number. */
    List<Estimate> estimates(double[] predictions) {
        double[] doublyRobust = sums[WEIGHTED_REWARDS].clone();
        for (int task = 0; task < modelCoefficients.size(); task++) {
            double[] coefficients = modelCoefficients.get(task);
            for (int i = 0; i < doublyRobust.length; i++) {
                doublyRobust[i] += predictions[task] * coefficients[i];
            }
        }
        double ess = squaredWeights == 0 ? 0 : sums[WEIGHTS][0] * sums[WEIGHTS][0] / squaredWeights;
        return List.of(
                estimate(Estimator.IPS, sums[WEIGHTED_REWARDS], sums[DECISIONS], ess),
                estimate(Estimator.SNIPS, sums[WEIGHTED_REWARDS], sums[WEIGHTS], ess),
                estimate(Estimator.DR, doublyRobust, sums[DECISIONS], ess));
    }

    private Estimate estimate(Estimator estimator, double[] numerator, double[] denominator, double ess) {
        double[] values = new double[replicates];
        int finite = 0;
        for (int b = 1; b <= replicates; b++) {
            double value = numerator[b] / denominator[b];
            if (Double.isFinite(value)) {
                values[finite++] = value;
            }
        }
        double[] sorted = Arrays.copyOf(values, finite);
        Arrays.sort(sorted);
        return new Estimate(
                policy,
                estimator,
                numerator[0] / denominator[0],
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
