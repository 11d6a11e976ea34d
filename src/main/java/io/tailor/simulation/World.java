package io.tailor.simulation;

import io.tailor.library.BundledLibrary;
import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.phase.PhaseCriteria;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What every simulated user shares: the run's seed, the shipped library, the taste model, the phase criteria,
 * each task's shared appeal (see {@link TasteModel}), drawn from a stream of its own, and the chance of a lapse
 * ({@link Lapses}; 0: nobody lapses).
 */
record World(
        long seed,
        List<Task> library,
        TasteModel model,
        PhaseCriteria criteria,
        Map<String, Double> shared,
        double lapse) {

    /** The seed's defaults: DISCOVERY_MIN_DAYS 7, DISCOVERY_MIN_TASKS 15, ESTABLISHMENT_* 21 and 40. */
    static final PhaseCriteria DEFAULT_CRITERIA = new PhaseCriteria(7, 15, 21, 40);

    private static final long SHARED_STREAM = -4;

    World {
        library = List.copyOf(library);
        shared = Map.copyOf(shared);
    }

    static World standard(long seed, TasteModel model) {
        List<Task> library = BundledLibrary.load(UserJourney.LIBRARY_VERSION);
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, SHARED_STREAM));
        Map<String, Double> shared = new HashMap<>();
        for (Task task : library) {
            shared.put(task.id(), model.sharedSpread() * random.nextGaussian());
        }
        return new World(seed, library, model, DEFAULT_CRITERIA, shared, 0);
    }

    /** The same world whose lapse-prone users start a lapse on a day with chance {@code rate} ({@link Lapses}). */
    World withLapse(double rate) {
        return new World(seed, library, model, criteria, shared, rate);
    }

    /** The median duration of the category's tasks, what a return's "short" is measured against. */
    int medianMinutes(Category category) {
        int[] minutes = library.stream()
                .filter(task -> task.category() == category)
                .mapToInt(Task::durationMinutes)
                .sorted()
                .toArray();
        return minutes[minutes.length / 2];
    }

    /** Every task of the library has one. */
    double shared(String taskId) {
        return Objects.requireNonNull(shared.get(taskId));
    }
}
