package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TaskScoring.ScoredTask;
import io.tailor.profile.DiscoveryGoal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a category's {@link Slot} from a request: its eligible candidates ({@link Candidates#open}), or for a
 * policy that honours neither rotation nor dislikes every fitting task.
 */
final class Slots {

    private Slots() {}

    static Built of(Category category, SelectionRequest request, boolean eligibleOnly) {
        List<ScoredTask> fitting = Candidates.fitting(category, request);
        Candidates.Open open = eligibleOnly ? Candidates.open(fitting, request) : new Candidates.Open(fitting, false);
        Set<String> lovedGroups = request.tasksIn(category).stream()
                .filter(task -> request.profile().task(task.id()).isLoved(request.planTime()))
                .map(Task::variationGroup)
                .collect(Collectors.toSet());
        List<Candidate> candidates = open.tasks().stream()
                .map(scored -> Candidate.of(
                        scored,
                        request.profile().task(scored.task().id()),
                        request.planTime(),
                        request.prior(scored.task().id()),
                        lovedGroups.contains(scored.task().variationGroup())))
                .toList();
        Slot slot = new Slot(
                request.profile().header().phase(),
                candidates,
                fitting.isEmpty() ? null : fitting.getFirst().task().id(),
                DiscoveryGoal.tried(request.profile(), request.library(), category),
                request.daysMissed(),
                request.mode(),
                request.profile().header().totals().knownCompletionRate());
        return new Built(slot, open.tasks(), open.exhausted());
    }

    /** The slot with the scored tasks behind its candidates, and whether rotation left only the least recent group. */
    record Built(Slot slot, List<ScoredTask> tasks, boolean exhausted) {}
}
