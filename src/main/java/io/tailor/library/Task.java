package io.tailor.library;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One task variation of the library. Fits are 0-1, one for every archetype and every mode (the table's
 * check); tasks sharing a {@code variationGroup} are interchangeable and rotated as one.
 */
public record Task(
        String id,
        String name,
        String description,
        Category category,
        int durationMinutes,
        Map<Archetype, Double> archetypeFit,
        Map<EnergyMode, Double> modeFit,
        List<TimeOfDay> timeOfDay,
        int difficulty,
        String variationGroup,
        boolean active,
        String libraryVersion) {

    public Task {
        archetypeFit = Map.copyOf(archetypeFit);
        modeFit = Map.copyOf(modeFit);
        timeOfDay = List.copyOf(timeOfDay);
    }

    public double fit(Archetype archetype) {
        return Objects.requireNonNull(archetypeFit.get(archetype));
    }

    public double fit(EnergyMode mode) {
        return Objects.requireNonNull(modeFit.get(mode));
    }

    /**
     * The time of day the task suits best, the first it lists: where a plan puts it when nothing else says
     * (a plan places a task that lists several among them by where the user completes).
     */
    public TimeOfDay bestTimeOfDay() {
        return timeOfDay.get(0);
    }
}
