package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TaskScoring;
import java.util.Comparator;
import java.util.List;

/**
 * The tasks of a category that fit the user's archetype and mode: a library score of at least
 * {@value #FIT_FLOOR}, or the {@value #MIN_CANDIDATES} best when fewer pass, so no category is ever
 * left with one option to rotate.
 */
final class Candidates {

    static final double FIT_FLOOR = 0.5;
    static final int MIN_CANDIDATES = 3;

    private Candidates() {}

    static List<TaskScoring.ScoredTask> fitting(Category category, SelectionRequest request) {
        List<TaskScoring.ScoredTask> ranked =
                TaskScoring.rank(request.tasksIn(category), request.archetype(), request.mode());
        List<TaskScoring.ScoredTask> fitting =
                ranked.stream().filter(scored -> scored.score() >= FIT_FLOOR).toList();
        return fitting.size() >= MIN_CANDIDATES
                ? fitting
                : ranked.stream().limit(MIN_CANDIDATES).toList();
    }

    static List<Task> tasks(List<TaskScoring.ScoredTask> scored) {
        return scored.stream().map(TaskScoring.ScoredTask::task).toList();
    }

    static Comparator<TaskScoring.ScoredTask> bestFirst() {
        return Comparator.comparingDouble(TaskScoring.ScoredTask::score)
                .reversed()
                .thenComparing(scored -> scored.task().id());
    }
}
