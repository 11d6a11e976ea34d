package io.tailor.selection;

import io.tailor.library.Category;
import java.util.List;
import java.util.Optional;

/** Picks one task of a category for a day's plan; empty when the library has nothing active there. */
public interface SelectionStrategy {

    Optional<Selection> select(Category category, SelectionRequest request);

    /**
     * A day's plan: one task per category, in the order given, all chosen from the same request. The
     * service and the simulator both plan through here. Fails when a category has no active task.
     */
    default List<Selection> plan(List<Category> categories, SelectionRequest request) {
        return categories.stream()
                .map(category -> select(category, request)
                        .orElseThrow(() -> new IllegalStateException("no active " + category.value() + " task")))
                .toList();
    }
}
