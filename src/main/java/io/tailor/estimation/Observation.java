package io.tailor.estimation;

/**
 * One logged decision as the estimators see it: the chosen candidate, the logging policy's probability of
 * that choice, the reward, and per candidate the target policy's probability and the task's number in the
 * {@link TaskIndex}. A class rather than a record, as its arrays are compared by content nowhere.
 */
final class Observation {

    private final int chosen;
    private final double loggedProbability;
    private final double reward;
    private final double[] target;
    private final int[] tasks;

    Observation(int chosen, double loggedProbability, double reward, double[] target, int[] tasks) {
        if (target.length != tasks.length || chosen < 0 || chosen >= target.length) {
            throw new IllegalArgumentException("target, tasks and chosen disagree on the candidates");
        }
        if (!(loggedProbability > 0)) {
            throw new IllegalArgumentException("the logged probability must be positive, got " + loggedProbability);
        }
        this.chosen = chosen;
        this.loggedProbability = loggedProbability;
        this.reward = reward;
        this.target = target;
        this.tasks = tasks;
    }

    double reward() {
        return reward;
    }

    /** The importance weight π(a_i|x_i) / p_i. */
    double weight() {
        return target[chosen] / loggedProbability;
    }

    int candidates() {
        return target.length;
    }

    int task(int candidate) {
        return tasks[candidate];
    }

    /**
     * How much the candidate's predicted reward q̂ counts in this decision's doubly robust term
     * Σ_a π(a|x_i) q̂(a) + w_i (r_i − q̂(a_i)): π(a|x_i), less w_i for the chosen one.
     */
    double modelCoefficient(int candidate) {
        return target[candidate] - (candidate == chosen ? weight() : 0);
    }
}
