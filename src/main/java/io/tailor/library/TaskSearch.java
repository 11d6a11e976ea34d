package io.tailor.library;

import io.tailor.config.FeatureFlags;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /tasks}: the library filtered by category, scored for an archetype and mode, minus recently used groups. */
@Service
class TaskSearch {

    private final TaskLibrary library;
    private final RotationState rotation;
    private final FeatureFlags flags;
    private final Clock clock;

    TaskSearch(TaskLibrary library, RotationState rotation, FeatureFlags flags, Clock clock) {
        this.library = library;
        this.rotation = rotation;
        this.flags = flags;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    TaskController.TaskList find(Query query) {
        Instant now = clock.instant();
        Set<String> excluded = query.userId()
                .map(user -> rotation.usedBetween(user, now.minus(flags.rotationWindow()), now))
                .orElse(Set.of());
        List<Task> candidates = library.active(query.category()).stream()
                .filter(task -> !excluded.contains(task.variationGroup()))
                .toList();
        List<TaskView> views = query.archetype().isPresent() && query.mode().isPresent()
                ? TaskScoring.rank(
                                candidates,
                                query.archetype().get(),
                                query.mode().get())
                        .stream()
                        .map(scored -> TaskView.from(scored.task(), scored.score()))
                        .toList()
                : candidates.stream().map(task -> TaskView.from(task, null)).toList();
        List<TaskView> limited = views.stream().limit(query.limit()).toList();
        return new TaskController.TaskList(
                limited,
                limited.size(),
                excluded.stream().sorted(Comparator.naturalOrder()).toList());
    }

    record Query(
            Optional<Category> category,
            Optional<Archetype> archetype,
            Optional<EnergyMode> mode,
            Optional<String> userId,
            int limit) {}
}
