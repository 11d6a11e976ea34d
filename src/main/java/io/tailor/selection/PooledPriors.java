package io.tailor.selection;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What users did with each task, across users: per task overall, per archetype and per archetype and
 * energy mode, each cell kept only when at least {@code minUsers} users are behind it. A user's estimate
 * for a task starts at the most specific cell there is ({@link #of}) and moves to their own evidence as it
 * grows (the policies' shrinkage, {@link #STRENGTH} outcomes' worth). {@link #NONE} when pooling is off or
 * nothing is known yet: the policies then start at the library's fit, as before pooling.
 */
public record PooledPriors(Map<Key, TaskPrior> cells) {

    /**
     * The prior's weight, in outcomes: what a user's own evidence must outweigh. Sixteen outcomes: a cohort's
     * rate, measured over 20 or more users, outweighs a user's first weeks of a task; a user whose outcomes run
     * against their cohort's is planned without priors instead ({@code PriorAgreement}), which is what lets the
     * prior be this strong. Chosen on seed 7 among 4, 8, 12, 16 and 24 (docs/evaluation.md, "Pooled priors").
     */
    public static final double STRENGTH = 16;

    public static final PooledPriors NONE = new PooledPriors(Map.of());

    public PooledPriors {
        cells = Map.copyOf(cells);
    }

    /** The cells with at least {@code minUsers} users; the others are dropped, never used. */
    public static PooledPriors of(Iterable<Cell> cells, int minUsers) {
        Map<Key, TaskPrior> kept = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.prior().users() >= minUsers) {
                kept.put(new Key(cell.taskId(), cell.archetype(), cell.mode()), cell.prior());
            }
        }
        return new PooledPriors(kept);
    }

    /** The most specific prior for the task: the user's archetype and mode, else their archetype, else everyone. */
    public Optional<TaskPrior> of(String taskId, Archetype archetype, EnergyMode mode) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        TaskPrior prior = cells.get(new Key(taskId, archetype, mode));
        if (prior == null) {
            prior = cells.get(new Key(taskId, archetype, null));
        }
        if (prior == null) {
            prior = cells.get(new Key(taskId, null, null));
        }
        return Optional.ofNullable(prior);
    }

    public int size() {
        return cells.size();
    }

    /** How many cells each cohort has, every cohort named. */
    public Map<TaskPrior.Cohort, Long> countByCohort() {
        Map<TaskPrior.Cohort, Long> counts = new EnumMap<>(TaskPrior.Cohort.class);
        for (TaskPrior.Cohort cohort : TaskPrior.Cohort.values()) {
            counts.put(cohort, 0L);
        }
        cells.values().forEach(prior -> counts.merge(prior.cohort(), 1L, Long::sum));
        return counts;
    }

    /** A cell's place: the task, and the cohort's archetype and mode (null for any). */
    public record Key(
            String taskId,
            @Nullable Archetype archetype,
            @Nullable EnergyMode mode) {}

    /** One cell as the aggregate counts it: a task and a cohort (archetype and mode null for everyone). */
    public record Cell(
            String taskId,
            @Nullable Archetype archetype,
            @Nullable EnergyMode mode,
            TaskPrior prior) {

        public Cell {
            TaskPrior.Cohort cohort = TaskPrior.Cohort.of(archetype, mode);
            if (archetype == null && mode != null || prior.cohort() != cohort) {
                throw new IllegalArgumentException("a " + prior.cohort() + " prior in a " + cohort + " cell");
            }
        }
    }
}
