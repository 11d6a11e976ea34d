package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.TaskScoring;
import java.util.List;
import java.util.Optional;

/**
 * The spec's phase 1 ({@code ENABLE_DYNAMIC_PLANS}): the best-scored task of the category whose
 * variation group is outside the rotation window. Learns nothing; the same inputs, the same task.
 */
public final class BestFitSelector implements SelectionStrategy {

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        List<TaskScoring.ScoredTask> ranked =
                TaskScoring.rank(request.tasksIn(category), request.archetype(), request.mode());
        Rotation.Available available = Rotation.available(Candidates.tasks(ranked), request);
        return ranked.stream()
                .filter(scored -> available.tasks().contains(scored.task()))
                .findFirst()
                .map(best -> {
                    String reason = Reasons.bestFit(
                            best.score(),
                            request.archetype().value(),
                            request.mode().value());
                    return new Selection(
                            best.task(),
                            available.exhausted()
                                    ? Reasons.rotationExhausted(reason, best.task(), hours(request))
                                    : reason,
                            Selection.Pool.BEST_FIT);
                });
    }

    static int hours(SelectionRequest request) {
        return (int) request.rotationWindow().toHours();
    }
}
