package io.tailor.estimation;

import java.util.HashMap;
import java.util.Map;

/**
 * The reward model q̂(x, a) of the doubly robust estimator, fitted on the log: a task's
 * completion rate, shrunk toward its category's by {@value #PRIOR_DECISIONS} pseudo-decisions,
 * {@code (done_t + k·m_c) / (n_t + k)}, and a category's toward the whole log's the same way. This is
 * empirical Bayes with the prior's mean taken from the log and its weight fixed: a task chosen twice says
 * little, a task chosen a hundred times speaks for itself, and a task never chosen gets its category's rate.
 * It looks at the task only, not at the user: the log supports that for every candidate, while a model of the
 * context would need fitting and tuning of its own. DR stays unbiased whatever the model, as long as the
 * logged probabilities are right; a better model only narrows its interval. Memory is one pair of counts
 * per task and per category, bounded by the library's size, not the log's. It is fitted on the same pass
 * as the estimates, which take it at the end.
 */
public final class RewardModel {

    static final int PRIOR_DECISIONS = 4;

    private final Map<String, Double> taskRates;
    private final Map<String, Double> categoryRates;
    private final double overallRate;

    private RewardModel(Map<String, Double> taskRates, Map<String, Double> categoryRates, double overallRate) {
        this.taskRates = taskRates;
        this.categoryRates = categoryRates;
        this.overallRate = overallRate;
    }

    double predict(CandidateFeatures candidate) {
        Double task = taskRates.get(candidate.id());
        return task != null ? task : categoryRate(candidate.category());
    }

    private double categoryRate(String category) {
        return categoryRates.getOrDefault(category, overallRate);
    }

    /** Counts the chosen task's rewards line by line; {@link #fit()} turns them into the model. */
    public static final class Fitter {

        private final Map<String, Counts> tasks = new HashMap<>();
        private final Map<String, Counts> categories = new HashMap<>();
        private final Counts overall = new Counts("");

        public void add(DecisionLine line) {
            CandidateFeatures chosen = line.chosen();
            double reward = line.reward();
            tasks.computeIfAbsent(chosen.id(), id -> new Counts(chosen.category()))
                    .add(reward);
            categories.computeIfAbsent(chosen.category(), Counts::new).add(reward);
            overall.add(reward);
        }

        public RewardModel fit() {
            double overallRate = overall.decisions == 0 ? 0 : overall.rewards / overall.decisions;
            Map<String, Double> categoryRates = new HashMap<>();
            categories.forEach((name, counts) -> categoryRates.put(name, counts.shrunkToward(overallRate)));
            Map<String, Double> taskRates = new HashMap<>();
            tasks.forEach((id, counts) ->
                    taskRates.put(id, counts.shrunkToward(categoryRates.getOrDefault(counts.category, overallRate))));
            return new RewardModel(taskRates, categoryRates, overallRate);
        }
    }

    private static final class Counts {

        private final String category;
        private double rewards;
        private long decisions;

        Counts(String category) {
            this.category = category;
        }

        void add(double reward) {
            rewards += reward;
            decisions++;
        }

        double shrunkToward(double prior) {
            return (rewards + PRIOR_DECISIONS * prior) / (decisions + PRIOR_DECISIONS);
        }
    }
}
