package io.tailor.estimation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A number for each task the log's candidates name, in the order first seen, and the task's features then. */
final class TaskIndex {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<CandidateFeatures> tasks = new ArrayList<>();

    /** The numbers of the line's candidates, in their order. */
    int[] numbers(DecisionLine line) {
        List<CandidateFeatures> candidates = line.context().candidates();
        int[] numbered = new int[candidates.size()];
        for (int i = 0; i < numbered.length; i++) {
            CandidateFeatures candidate = candidates.get(i);
            numbered[i] = numbers.computeIfAbsent(candidate.id(), id -> {
                tasks.add(candidate);
                return tasks.size() - 1;
            });
        }
        return numbered;
    }

    /** The model's prediction for each task, by number. */
    double[] predictions(RewardModel model) {
        return tasks.stream().mapToDouble(model::predict).toArray();
    }
}
