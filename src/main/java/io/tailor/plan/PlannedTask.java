package io.tailor.plan;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TimeOfDay;
import org.jspecify.annotations.Nullable;

/**
 * One task of a day's plan before it is stored. Library tasks carry their id and variation group;
 * a fallback source may plan tasks the library does not have.
 */
public record PlannedTask(
        @Nullable String taskLibraryId,
        String taskName,
        Category category,
        @Nullable String variationGroup,
        TimeOfDay timeBlock,
        String reason) {

    /** A library task in the block the plan placed it in ({@link TimeBlocks}). */
    public static PlannedTask of(Task task, TimeOfDay block, String reason) {
        return new PlannedTask(task.id(), task.name(), task.category(), task.variationGroup(), block, reason);
    }
}
