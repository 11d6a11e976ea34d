package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TaskScoring;
import io.tailor.profile.TaskStats;
import java.time.Instant;
import java.util.List;

/**
 * The tasks of a category that fit the user's archetype and mode: a library score of at least
 * {@value #FIT_FLOOR}, or a pooled prior saying users like this one did it at least as often (the library's
 * scores are a guess, what people do is evidence), or the {@value #MIN_CANDIDATES} best when fewer pass, so
 * no category is ever left with one option to rotate. The learning selectors choose among the {@linkplain #open open} ones.
 */
final class Candidates {

    static final double FIT_FLOOR = 0.5;
    static final int MIN_CANDIDATES = 3;

    private Candidates() {}

    static List<TaskScoring.ScoredTask> fitting(Category category, SelectionRequest request) {
        List<TaskScoring.ScoredTask> ranked =
                TaskScoring.rank(request.tasksIn(category), request.archetype(), request.mode());
        List<TaskScoring.ScoredTask> fitting = ranked.stream()
                .filter(scored -> scored.score() >= FIT_FLOOR
                        || request.prior(scored.task().id())
                                .filter(prior -> prior.doneRate() >= FIT_FLOOR)
                                .isPresent())
                .toList();
        return fitting.size() >= MIN_CANDIDATES
                ? fitting
                : ranked.stream().limit(MIN_CANDIDATES).toList();
    }

    /**
     * Of the category's {@link #fitting} tasks, those a policy may plan today: outside the rotation window and, while
     * others remain, not disliked as of the plan's start. A task on probation (its dislike by skips has
     * lapsed) is open only when its variation group was not planned in the last
     * {@link TaskStats#PROBATION_INTERVAL}, so it comes back at most once a week. Empty only when the
     * category has no active task.
     */
    static Open open(List<TaskScoring.ScoredTask> fitting, SelectionRequest request) {
        Rotation.Available available = Rotation.available(tasks(fitting), request);
        List<TaskScoring.ScoredTask> open = fitting.stream()
                .filter(scored -> available.tasks().contains(scored.task()))
                .toList();
        List<TaskScoring.ScoredTask> notDisliked = open.stream()
                .filter(scored -> isWelcome(scored.task(), request))
                .toList();
        return new Open(notDisliked.isEmpty() ? open : notDisliked, available.exhausted());
    }

    private static boolean isWelcome(Task task, SelectionRequest request) {
        TaskStats stats = request.profile().task(task.id());
        if (stats.isDisliked(request.planTime())) {
            return false;
        }
        Instant lastPlanned = request.groupLastUsed().get(task.variationGroup());
        return !stats.isOnProbation(request.planTime())
                || lastPlanned == null
                || !lastPlanned.isAfter(request.planTime().minus(TaskStats.PROBATION_INTERVAL));
    }

    static List<Task> tasks(List<TaskScoring.ScoredTask> scored) {
        return scored.stream().map(TaskScoring.ScoredTask::task).toList();
    }

    /** The tasks to choose from; {@code exhausted} when rotation left only the least recently used group. */
    record Open(List<TaskScoring.ScoredTask> tasks, boolean exhausted) {}
}
