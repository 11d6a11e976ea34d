package io.tailor.selection;

import io.tailor.library.RotationWindow;
import io.tailor.library.Task;
import java.util.Comparator;
import java.util.List;

/**
 * The rotation window ({@link RotationWindow}) applied to a plan: a variation group it holds back at the
 * plan's start is not used again. When every group is taken, the least recently used one is offered.
 */
final class Rotation {

    private Rotation() {}

    static Available available(List<Task> tasks, SelectionRequest request) {
        List<Task> free = tasks.stream()
                .filter(task -> !RotationWindow.holdsBack(
                        request.groupLastUsed().get(task.variationGroup()),
                        request.planTime(),
                        request.rotationWindow()))
                .toList();
        if (!free.isEmpty() || tasks.isEmpty()) {
            return new Available(free, false);
        }
        String leastRecent = tasks.stream()
                .map(Task::variationGroup)
                .min(Comparator.comparing(
                                (String group) -> request.groupLastUsed().get(group))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        return new Available(
                tasks.stream()
                        .filter(task -> task.variationGroup().equals(leastRecent))
                        .toList(),
                true);
    }

    /** The tasks a plan may use; {@code exhausted} when only the least recently used group was left. */
    record Available(List<Task> tasks, boolean exhausted) {}
}
