package io.tailor.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A task as the API shows it; {@code score} only when the request named an archetype and a mode. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Task")
record TaskView(
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
        boolean isActive,
        String libraryVersion,

        @Schema(description = "0.7 × archetype fit + 0.3 × mode fit, when the request names both") @Nullable
        Double score) {

    static TaskView from(Task task, @Nullable Double score) {
        return new TaskView(
                task.id(),
                task.name(),
                task.description(),
                task.category(),
                task.durationMinutes(),
                byName(task.archetypeFit(), Archetype.values()),
                byName(task.modeFit(), EnergyMode.values()),
                task.timeOfDay(),
                task.difficulty(),
                task.variationGroup(),
                task.active(),
                task.libraryVersion(),
                score);
    }

    static <E extends Enum<E> & Named> Map<String, Double> byName(Map<E, Double> fits, E[] order) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (E key : order) {
            named.put(key.value(), fits.get(key));
        }
        return named;
    }
}
