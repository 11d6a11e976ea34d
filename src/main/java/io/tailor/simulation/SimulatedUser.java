package io.tailor.simulation;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic user: an archetype and an energy mode drawn uniformly (both are what the app asks the
 * user, so every strategy sees them), a hidden liking per task (see {@link TasteModel}), which only
 * the oracle sees, the chance of leaving a task not done unreported rather than skipping it, and how much
 * they share the taste most people have ({@code sharedWeight}: 1 for a typical user, below 0 for a contrarian).
 */
record SimulatedUser(
        int index,
        String id,
        Archetype archetype,
        EnergyMode mode,
        Map<String, Double> liking,
        double ignoreChance,
        double sharedWeight) {

    SimulatedUser {
        liking = Map.copyOf(liking);
    }

    static SimulatedUser create(World world, int index) {
        long seed = world.seed();
        TasteModel model = world.model();
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, index, -1));
        Archetype archetype = Archetype.values()[random.nextInt(Archetype.values().length)];
        EnergyMode mode = EnergyMode.values()[random.nextInt(EnergyMode.values().length)];
        Map<Category, Double> categoryPreference = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            categoryPreference.put(category, model.categorySpread() * random.nextGaussian());
        }
        // streams of their own, so tastes are the ones they were before reporting and shared tastes were modelled
        SplittableRandom habits = new SplittableRandom(Seeds.mix(seed, index, -2));
        double ignoreChance = habits.nextDouble() < model.ignorerShare() ? model.ignoreChance() : 0;
        double sharedWeight =
                1 + model.sharedWeightSpread() * new SplittableRandom(Seeds.mix(seed, index, -4)).nextGaussian();
        Map<String, Double> liking = new HashMap<>();
        for (Task task : world.library()) {
            double taste = model.taskSpread() * random.nextGaussian();
            double preference = Objects.requireNonNull(categoryPreference.get(task.category()));
            double shared = sharedWeight * world.shared(task.id());
            liking.put(task.id(), model.liking(preference, taste, shared, task, archetype, mode));
        }
        return new SimulatedUser(
                index, "sim-" + seed + "-" + index, archetype, mode, liking, ignoreChance, sharedWeight);
    }

    double liking(Task task) {
        return liking(task.id());
    }

    /**
     * A typical user's liking of the task in this user's archetype and mode: the common taste at weight 1, no
     * taste of their own and no category preference (the same for every task of a category, so it never
     * changes a pick within one).
     */
    double cohortLiking(Task task, World world) {
        return world.model().liking(0, 0, world.shared(task.id()), task, archetype, mode);
    }

    /** Every task of the library has one. */
    double liking(String taskId) {
        return Objects.requireNonNull(liking.get(taskId));
    }
}
