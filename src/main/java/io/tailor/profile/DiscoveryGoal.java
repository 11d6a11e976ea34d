package io.tailor.profile;

import io.tailor.library.Category;
import io.tailor.library.Task;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The spec's goal for discovery: try 3–5 variations per category. Counted per category as the library
 * tasks the user has reported on at least once (retired ones too: they were tried all the same), from the
 * profile's per-task rows, so it costs the library's size whatever the history. Discovery steers its
 * novelty toward a category below {@link #MIN} (see the selection's phase mix).
 */
public final class DiscoveryGoal {

    /** Fewer tried than this and the category is still below the goal. */
    public static final int MIN = 3;
    /** The spec's upper end: past it, a category has been explored as far as discovery asks. */
    public static final int MAX = 5;

    private DiscoveryGoal() {}

    /** The variations tried in each category, every category present (0 when none). */
    public static Map<Category, Integer> tried(PreferenceProfile profile, Collection<Task> library) {
        Map<Category, Integer> tried = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            tried.put(category, 0);
        }
        for (Task task : library) {
            if (profile.task(task.id()).isTried()) {
                tried.merge(task.category(), 1, Integer::sum);
            }
        }
        return tried;
    }

    /** The variations of one category the user has tried. */
    public static int tried(PreferenceProfile profile, Collection<Task> library, Category category) {
        int tried = 0;
        for (Task task : library) {
            if (task.category() == category && profile.task(task.id()).isTried()) {
                tried++;
            }
        }
        return tried;
    }
}
