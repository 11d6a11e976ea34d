package io.tailor.library;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** A task of a library version document: the shape {@code GET /tasks} returns, without version and score. */
@Schema(name = "LibraryTask")
record DocumentTask(
        String id,
        String name,
        String description,
        Category category,
        int durationMinutes,
        Map<String, Double> archetypeFit,
        Map<String, Double> modeFit,
        List<TimeOfDay> timeOfDay,
        int difficulty,
        String variationGroup,
        boolean isActive) {

    static DocumentTask from(Task task) {
        return new DocumentTask(
                task.id(),
                task.name(),
                task.description(),
                task.category(),
                task.durationMinutes(),
                TaskView.byName(task.archetypeFit(), Archetype.values()),
                TaskView.byName(task.modeFit(), EnergyMode.values()),
                task.timeOfDay(),
                task.difficulty(),
                task.variationGroup(),
                task.active());
    }
}
