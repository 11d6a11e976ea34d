package io.tailor.summary;

import io.tailor.feedback.DailyActivity.TaskDay;
import io.tailor.library.Category;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** One week's counts, folded from its per-day rows: totals, active days, per category and per task. */
record WeekStats(
        Counts totals,
        int activeDays,
        @Nullable LocalDate lastActiveDay,
        Map<Category, Counts> categories,
        List<TaskWeek> tasks) {

    static WeekStats of(List<TaskDay> days) {
        Counts totals = Counts.ZERO;
        Map<Category, Counts> categories = new EnumMap<>(Category.class);
        Map<String, TaskWeek> tasks = new LinkedHashMap<>();
        for (TaskDay day : days) {
            Counts counts = Counts.of(day);
            totals = totals.plus(counts);
            categories.merge(day.category(), counts, Counts::plus);
            tasks.merge(
                    day.taskKey(),
                    new TaskWeek(day.taskLibraryId(), day.taskName(), day.category(), counts),
                    TaskWeek::plus);
        }
        List<LocalDate> active = days.stream()
                .filter(day -> day.completed() > 0)
                .map(TaskDay::date)
                .distinct()
                .toList();
        return new WeekStats(
                totals,
                active.size(),
                active.stream().max(Comparator.naturalOrder()).orElse(null),
                categories,
                List.copyOf(tasks.values()));
    }

    boolean isEmpty() {
        return totals.total() == 0;
    }

    /** Completed, total and ratings of a day, a category or a week. */
    record Counts(int total, int completed, int ratingCount, int ratingSum) {

        static final Counts ZERO = new Counts(0, 0, 0, 0);

        static Counts of(TaskDay day) {
            return new Counts(day.total(), day.completed(), day.ratingCount(), day.ratingSum());
        }

        Counts plus(Counts other) {
            return new Counts(
                    total + other.total,
                    completed + other.completed,
                    ratingCount + other.ratingCount,
                    ratingSum + other.ratingSum);
        }

        double completionRate() {
            return total == 0 ? 0 : (double) completed / total;
        }

        OptionalDouble meanRating() {
            return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
        }
    }

    /** One task's week. */
    record TaskWeek(@Nullable String taskLibraryId, String taskName, Category category, Counts counts) {

        TaskWeek plus(TaskWeek other) {
            return new TaskWeek(taskLibraryId, taskName, category, counts.plus(other.counts));
        }
    }
}
