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

/**
 * Everything a choice depends on, loaded by the caller: the user's profile, the active library, when
 * each variation group was last used, and the plan's date and start ({@code planTime}, midnight in
 * the user's zone). The same request always gives the same choice.
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
        String libraryVersion) {

    public SelectionRequest {
        library = List.copyOf(library);
        groupLastUsed = Map.copyOf(groupLastUsed);
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
