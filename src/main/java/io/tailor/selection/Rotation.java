package io.tailor.selection;

import io.tailor.library.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rotation window: a variation group used less than the window before the plan's start, or
 * after it but less than the window later (a backfilled earlier day), is not used again. A group used
 * exactly a window ago is free. When every group is taken, the least recently used one is offered.
 */
final class Rotation {

    private Rotation() {}

    static Available available(List<Task> tasks, SelectionRequest request) {
        List<Task> free = tasks.stream()
                .filter(task -> !usedWithinWindow(
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

    static boolean usedWithinWindow(@Nullable Instant lastUsed, Instant planTime, Duration window) {
        if (lastUsed == null || lastUsed.equals(planTime)) {
            return false;
        }
        return lastUsed.isAfter(planTime.minus(window)) && lastUsed.isBefore(planTime.plus(window));
    }

    /** The tasks a plan may use; {@code exhausted} when only the least recently used group was left. */
    record Available(List<Task> tasks, boolean exhausted) {}
}
