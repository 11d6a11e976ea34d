package io.tailor.simulation;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.Outcome;
import io.tailor.profile.PreferenceProfile;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A {@link UserJourney}'s week being lived: counts and the distinct tasks planned per category. */
final class Week {

    private final Map<Category, Set<String>> tasks = new EnumMap<>(Category.class);
    private int planned;
    private int completed;
    private int ratings;
    private int ratingSum;
    private int notReported;
    private int awayDays;
    private int returnPlanned;
    private int returnCompleted;

    void recordAway() {
        awayDays++;
    }

    /** A task planned on a first day back, and whether it was done. */
    void recordReturn(boolean completed) {
        returnPlanned++;
        returnCompleted += completed ? 1 : 0;
    }

    void record(Task task, Outcome outcome) {
        tasks.computeIfAbsent(task.category(), category -> new HashSet<>()).add(task.id());
        planned++;
        completed += outcome.completed() ? 1 : 0;
        if (outcome.rating() != null) {
            ratings++;
            ratingSum += outcome.rating();
        }
    }

    void recordNotReported(Task task) {
        tasks.computeIfAbsent(task.category(), category -> new HashSet<>()).add(task.id());
        planned++;
        notReported++;
    }

    /** The week's counts, and what the profile dislikes at its end, against the user's hidden tastes. */
    WeekTally close(PreferenceProfile profile, Instant end, SimulatedUser user, TasteModel model) {
        Set<String> disliked = profile.disliked(end);
        int likedDisliked = (int)
                disliked.stream().filter(id -> model.liked(user.liking(id))).count();
        int distinct = tasks.values().stream().mapToInt(Set::size).sum();
        int varied = (int) tasks.values().stream()
                .filter(planned -> planned.size() >= WeekTally.VARIETY_MIN_TASKS)
                .count();
        return new WeekTally(
                1,
                planned,
                completed,
                ratings,
                ratingSum,
                tasks.size(),
                distinct,
                varied,
                profile.header().phase() == LearningPhase.MASTERY ? 1 : 0,
                notReported,
                disliked.size(),
                likedDisliked,
                awayDays,
                returnPlanned,
                returnCompleted);
    }
}
