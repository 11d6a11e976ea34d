package io.tailor.selection;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.profile.PreferenceProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a choice depends on, loaded by the caller: the user's profile, the active library, when
 * each variation group was last used, and the plan's date and start ({@code planTime}, midnight in
 * the user's zone), and what users like this one did with each task ({@code priors}, {@link PooledPriors#NONE}
 * without pooling), and the days the user missed before the plan's day ({@code daysMissed}, {@link
 * WelcomeBack#daysMissed}; null for a user who never reported). The same request always gives the same choice.
 */
public record SelectionRequest(
        PreferenceProfile profile,
        Archetype archetype,
        EnergyMode mode,
        LocalDate date,
        Instant planTime,
        List<Task> library,
        Map<String, Instant> groupLastUsed,
        Duration rotationWindow,
        String libraryVersion,
        PooledPriors priors,
        @Nullable Integer daysMissed) {

    public SelectionRequest {
        library = List.copyOf(library);
        groupLastUsed = Map.copyOf(groupLastUsed);
    }

    /** The same request with these pooled priors. */
    public SelectionRequest withPriors(PooledPriors pooled) {
        return new SelectionRequest(
                profile,
                archetype,
                mode,
                date,
                planTime,
                library,
                groupLastUsed,
                rotationWindow,
                libraryVersion,
                pooled,
                daysMissed);
    }

    /** The same request with these days missed. */
    public SelectionRequest withDaysMissed(@Nullable Integer missed) {
        return new SelectionRequest(
                profile,
                archetype,
                mode,
                date,
                planTime,
                library,
                groupLastUsed,
                rotationWindow,
                libraryVersion,
                priors,
                missed);
    }

    /** What users like this one did with the task, when enough of them did. */
    public Optional<TaskPrior> prior(String taskId) {
        return priors.of(taskId, archetype, mode);
    }

    public String userId() {
        return profile.header().userId();
    }

    /**
     * The active tasks of a category that the rotation window leaves free, or the least recently used
     * group's when it leaves none: what any strategy may choose among, the simulator's oracle included.
     */
    public List<Task> outsideRotation(Category category) {
        return Rotation.available(tasksIn(category), this).tasks();
    }

    List<Task> tasksIn(Category category) {
        return library.stream()
                .filter(task -> task.category() == category && task.active())
                .toList();
    }
}
