package io.tailor.profile;

import io.tailor.library.Category;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

    public TaskStats task(String taskId) {
        return tasks.getOrDefault(taskId, TaskStats.NONE);
    }

    public CategoryStats category(Category category) {
        return categories.getOrDefault(category, CategoryStats.NONE);
    }

    public Set<String> tried() {
        return taskIds(TaskStats::isTried);
    }

    public Set<String> favorites() {
        return taskIds(TaskStats::isFavorite);
    }

    public Set<String> proven() {
        return taskIds(TaskStats::isProven);
    }

    public Set<String> disliked() {
        return taskIds(TaskStats::isDisliked);
    }

    private Set<String> taskIds(Predicate<TaskStats> rule) {
        return tasks.entrySet().stream()
                .filter(entry -> rule.test(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
