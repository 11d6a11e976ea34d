package io.tailor.estimation;

/**
 * One logged decision as the estimators see it: the chosen candidate, the logging policy's probability of
 * that choice, the reward, and per candidate the target policy's probability and the reward model's prediction.
 * A class rather than a record, as its arrays are compared by content nowhere and copied never.
 */
final class Observation {

    private final int chosen;
    private final double loggedProbability;
    private final double reward;
    private final double[] target;
    private final double[] predicted;

    Observation(int chosen, double loggedProbability, double reward, double[] target, double[] predicted) {
        if (target.length != predicted.length || chosen < 0 || chosen >= target.length) {
            throw new IllegalArgumentException("target, predicted and chosen disagree on the candidates");
        }
        if (!(loggedProbability > 0)) {
            throw new IllegalArgumentException("the logged probability must be positive, got " + loggedProbability);
        }
        this.chosen = chosen;
        this.loggedProbability = loggedProbability;
        this.reward = reward;
        this.target = target;
        this.predicted = predicted;
    }

    double reward() {
        return reward;
    }

    /** The importance weight π(a_i|x_i) / p_i. */
    double weight() {
        return target[chosen] / loggedProbability;
    }

    /** Σ_a π(a|x_i) q̂(x_i,a) + w_i (r_i − q̂(x_i,a_i)). */
    double doublyRobust() {
        double direct = 0;
        for (int a = 0; a < target.length; a++) {
            direct += target[a] * predicted[a];
        }
        return direct + weight() * (reward - predicted[chosen]);
    }
}
