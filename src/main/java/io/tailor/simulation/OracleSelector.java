package io.tailor.simulation;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.selection.Selection;
import io.tailor.selection.SelectionRequest;
import io.tailor.selection.SelectionStrategy;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Picks the task that a known value rates highest among every active task of the category outside
 * the rotation window. Nobody knows a real user's value: this is the upper bound that an offline
 * evaluation, which does know it, measures the learners against. Ties go to the lower id.
 */
final class OracleSelector implements SelectionStrategy {

    private final ToDoubleFunction<Task> value;

    OracleSelector(ToDoubleFunction<Task> value) {
        this.value = value;
    }

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        return request.outsideRotation(category).stream()
                .max(Comparator.comparingDouble(value).thenComparing(Task::id, Comparator.reverseOrder()))
                .map(best -> new Selection(
                        best,
                        String.format(
                                Locale.ROOT, "Known to suit you best today (value %.2f)", value.applyAsDouble(best)),
                        Selection.Pool.EXPLOIT));
    }
}
