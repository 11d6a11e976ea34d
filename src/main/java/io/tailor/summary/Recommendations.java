package io.tailor.summary;

import io.tailor.profile.LearningPhase;
import io.tailor.profile.TaskStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Suggestions for next week:
 * <ul>
 *   <li>up to {@value #MAX_LOVED} of the week's tasks done and rated at least {@value #LOVED_RATING}, that
 *       week and overall: "You loved ...! We'll include similar tasks.", which the selector keeps by favouring
 *       the task's variation group for the next week ({@link TaskStats#isLoved});
 *   <li>up to {@value #MAX_DISLIKED} tasks the profile marks disliked: they get a rest;
 *   <li>the weakest category, if its completion rate was under {@value #WEAK_RATE} over at least
 *       {@value #MIN_WEAK_TASKS} tasks, as a fact: no promise the selector does not keep (it does not pick
 *       shorter tasks for a weak category);
 *   <li>what the learning phase means for next week's plans (always: it is the user's own phase).
 * </ul>
 */
final class Recommendations {

    static final int MAX_LOVED = 2;
    static final double LOVED_RATING = TaskStats.LOVED_MIN_MEAN_RATING;
    static final int MAX_DISLIKED = 2;
    static final double WEAK_RATE = 0.5;
    static final int MIN_WEAK_TASKS = 2;

    private Recommendations() {}

    /** {@code meanRating}: a task's mean rating over all the user's reports, 0 when never rated. */
    static List<String> forNextWeek(
            WeekStats week, List<String> dislikedNames, ToDoubleFunction<String> meanRating, LearningPhase phase) {
        List<String> recommendations = new ArrayList<>();
        week.tasks().stream()
                .filter(task -> loved(task, meanRating))
                .sorted(Comparator.comparingDouble((WeekStats.TaskWeek task) ->
                                task.counts().meanRating().getAsDouble())
                        .reversed()
                        .thenComparing(task -> -task.counts().completed())
                        .thenComparing(WeekStats.TaskWeek::taskName))
                .limit(MAX_LOVED)
                .forEach(task ->
                        recommendations.add("✅ You loved '" + task.taskName() + "'! We'll include similar tasks."));
        dislikedNames.stream()
                .sorted()
                .limit(MAX_DISLIKED)
                .forEach(name -> recommendations.add("🔄 We'll give '" + name + "' a rest and try something else."));
        week.categories().entrySet().stream()
                .filter(entry -> entry.getValue().total() >= MIN_WEAK_TASKS
                        && entry.getValue().completionRate() < WEAK_RATE)
                .min(Comparator.comparingDouble((Map.Entry<io.tailor.library.Category, WeekStats.Counts> entry) ->
                                entry.getValue().completionRate())
                        .thenComparing(Map.Entry::getKey))
                .ifPresent(entry -> recommendations.add("🎯 " + InsightRules.capitalized(entry.getKey())
                        + " was your toughest category ("
                        + InsightRules.percent(entry.getValue().completionRate())
                        + "%)."));
        recommendations.add(
                switch (phase) {
                    case DISCOVERY -> "🧭 Next week: more new tasks to explore while we learn what you like.";
                    case ESTABLISHMENT -> "🏗️ Next week leans on your favorites to build consistency.";
                    case MASTERY -> "🏆 Next week: your proven routine, with a little novelty to keep it fresh.";
                });
        return recommendations;
    }

    /** Done and rated lovingly that week, and overall: the selector favours only what is loved overall. */
    private static boolean loved(WeekStats.TaskWeek task, ToDoubleFunction<String> meanRating) {
        String id = task.taskLibraryId();
        return id != null
                && task.counts().completed() > 0
                && task.counts().meanRating().orElse(0) >= LOVED_RATING
                && meanRating.applyAsDouble(id) >= LOVED_RATING;
    }
}
