package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskScoringTest {

    @Test
    void scoreIsSeventyPercentArchetypeFitPlusThirtyPercentModeFit() {
        Task task = task("a", 0.9, 0.4);
        assertThat(TaskScoring.score(task, Archetype.PEAK_PERFORMER, EnergyMode.HIGH))
                .isEqualTo(0.75);
    }

    @Test
    void ranksBestFirstAndBreaksTiesById() {
        List<TaskScoring.ScoredTask> ranked = TaskScoring.rank(
                List.of(task("c", 0.5, 0.5), task("b", 0.5, 0.5), task("a", 0.2, 0.2), task("d", 0.9, 0.1)),
                Archetype.PEAK_PERFORMER,
                EnergyMode.HIGH);
        assertThat(ranked).extracting(scored -> scored.task().id()).containsExactly("d", "b", "c", "a");
    }

    static Task task(String id, double archetypeFit, double modeFit) {
        Map<Archetype, Double> archetypes = new EnumMap<>(Archetype.class);
        for (Archetype archetype : Archetype.values()) {
            archetypes.put(archetype, archetypeFit);
        }
        Map<EnergyMode, Double> modes = new EnumMap<>(EnergyMode.class);
        for (EnergyMode mode : EnergyMode.values()) {
            modes.put(mode, modeFit);
        }
        return new Task(
                id,
                "Task " + id,
                "Do " + id,
                Category.MOVEMENT,
                10,
                archetypes,
                modes,
                List.of(TimeOfDay.MORNING),
                2,
                "group_" + id,
                true,
                "v1");
    }
}
