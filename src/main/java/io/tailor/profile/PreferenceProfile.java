package io.tailor.profile;

import io.tailor.library.Category;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Everything learned about one user: what the selector, the phase rules and the profile endpoint read. */
public record PreferenceProfile(
        ProfileHeader header, Map<Category, CategoryStats> categories, Map<String, TaskStats> tasks) {

    public PreferenceProfile {
        categories = Map.copyOf(categories);
        tasks = Map.copyOf(tasks);
    }

    /** A user nobody has heard from yet. */
    public static PreferenceProfile empty(ProfileHeader header) {
        return new PreferenceProfile(header, Map.of(), Map.of());
    }

    /**
     * How one outcome updates a profile, the only definition of it: the task's stats (a library task
     * only; {@code libraryTaskId} is empty for another source's task), the category's stats and the
     * totals. The phase is left alone: moving it is the phase rules' decision. The service applies it
     * to a profile holding just the rows the outcome touches; the simulator to the whole profile.
     */
    public PreferenceProfile learn(Optional<String> libraryTaskId, Category category, Outcome outcome) {
        return updated(
                header.withTotals(header.totals().record(outcome)),
                libraryTaskId,
                stats -> stats.record(outcome),
                category,
                stats -> stats.record(outcome));
    }

    /**
     * A planned task nobody reported on by the end of its day ({@code dayEnded}): weak negative evidence
     * for the task (a library task only) and its category; totals and phase are left alone.
     */
    public PreferenceProfile learnNotReported(Optional<String> libraryTaskId, Category category, Instant dayEnded) {
        return updated(
                header,
                libraryTaskId,
                stats -> stats.recordNotReported(dayEnded),
                category,
                stats -> stats.recordNotReported(dayEnded));
    }

    private PreferenceProfile updated(
            ProfileHeader newHeader,
            Optional<String> libraryTaskId,
            UnaryOperator<TaskStats> taskUpdate,
            Category category,
            UnaryOperator<CategoryStats> categoryUpdate) {
        Map<String, TaskStats> learnedTasks = tasks;
        if (libraryTaskId.isPresent()) {
            learnedTasks = new HashMap<>(tasks);
            learnedTasks.put(libraryTaskId.get(), taskUpdate.apply(task(libraryTaskId.get())));
        }
        Map<Category, CategoryStats> learnedCategories = new EnumMap<>(Category.class);
        learnedCategories.putAll(categories);
        learnedCategories.put(category, categoryUpdate.apply(category(category)));
        return new PreferenceProfile(newHeader, learnedCategories, learnedTasks);
    }

    public PreferenceProfile withHeader(ProfileHeader updated) {
        return new PreferenceProfile(updated, categories, tasks);
    }

    public TaskStats task(String taskId) {
        return tasks.getOrDefault(taskId, TaskStats.NONE);
    }

    public CategoryStats category(Category category) {
        return categories.getOrDefault(category, CategoryStats.NONE);
    }

    public Set<String> tried() {
        return taskIds(TaskStats::isTried);
    }

    public Set<String> disliked(Instant at) {
        return taskIds(stats -> stats.isDisliked(at));
    }

    private Set<String> taskIds(Predicate<TaskStats> rule) {
        return tasks.entrySet().stream()
                .filter(entry -> rule.test(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
