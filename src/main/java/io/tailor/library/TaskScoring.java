package io.tailor.library;

import java.util.Comparator;
import java.util.List;

/** The spec's library score: 70% archetype fit + 30% mode fit, rounded to four decimals. */
public final class TaskScoring {

    public static final double ARCHETYPE_WEIGHT = 0.7;
    public static final double MODE_WEIGHT = 0.3;

    private TaskScoring() {}

    public static double score(Task task, Archetype archetype, EnergyMode mode) {
        double raw = ARCHETYPE_WEIGHT * task.fit(archetype) + MODE_WEIGHT * task.fit(mode);
        return Math.round(raw * 10_000) / 10_000.0;
    }

    /** Best first; equal scores in id order, so the ranking is stable. */
    public static List<ScoredTask> rank(List<Task> tasks, Archetype archetype, EnergyMode mode) {
        return tasks.stream()
                .map(task -> new ScoredTask(task, score(task, archetype, mode)))
                .sorted(Comparator.comparingDouble(ScoredTask::score)
                        .reversed()
                        .thenComparing(scored -> scored.task().id()))
                .toList();
    }

    public record ScoredTask(Task task, double score) {}
}
