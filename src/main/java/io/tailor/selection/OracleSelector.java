package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.Task;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Picks the task that a known value rates highest among every active task of the category outside
 * the rotation window. Nobody knows a real user's value: this is the upper bound that an offline
 * evaluation, which does know it, measures the learners against. Ties go to the lower id.
 */
public final class OracleSelector implements SelectionStrategy {

    private final ToDoubleFunction<Task> value;

    public OracleSelector(ToDoubleFunction<Task> value) {
        this.value = value;
    }

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        List<Task> tasks = request.tasksIn(category);
        Rotation.Available available = Rotation.available(tasks, request);
        return available.tasks().stream()
                .max(Comparator.comparingDouble(value).thenComparing(Task::id, Comparator.reverseOrder()))
                .map(best -> new Selection(
                        best,
                        String.format(
                                Locale.ROOT, "Known to suit you best today (value %.2f)", value.applyAsDouble(best)),
                        Selection.Pool.EXPLOIT));
    }
}
