package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.feedback.DailyActivity.TaskDay;
import io.tailor.library.Category;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every number an insight states is one of the weekly summary's own numbers: a count as it is, a rate as
 * its whole percent, a change as its points, a rating to one decimal. Checked over many generated weeks,
 * reports with and without plans, days over and not.
 */
class InsightNumbersTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(%| points)?");

    @Test
    void aNewUserWithAPlanOfFiveWhoReportedThreeWithoutItIsToldAboutThreeTasksNotThreePlannedOnes() {
        WeekStats week = WeekStats.of(
                List.of(new TaskDay(MONDAY, "name:Walk", null, "Walk", Category.MOVEMENT, 3, 3, 0, 0)),
                List.of(new PlannedItems.TaskPlan(
                        MONDAY, "movement-a", "movement-a", "A", Category.MOVEMENT, 5, 0, 5)));
        WeeklySummary.CompletionStats stats = WeeklySummary.CompletionStats.of(week);

        assertThat(stats.plannedTasks()).isEqualTo(5);
        assertThat(stats.totalTasks()).isEqualTo(3);
        assertThat(InsightRules.insights(week, WeekStats.of(List.of(), List.of()), 1))
                .containsExactly("🔥 Amazing! You completed 100% of your 3 tasks!");
    }

    @Test
    void everyNumberAnInsightStatesIsOneOfTheSummarysNumbers() {
        Random random = new Random(21);
        int stated = 0;
        for (int n = 0; n < 3000; n++) {
            WeekStats previous = generated(random, MONDAY.minusDays(7));
            WeekStats week = generated(random, MONDAY);
            int streak = random.nextInt(15);
            Numbers numbers = Numbers.of(week, previous, streak);
            for (String insight : InsightRules.insights(week, previous, streak)) {
                Matcher number = NUMBER.matcher(insight);
                while (number.find()) {
                    stated++;
                    assertThat(numbers.states(number.group(1), number.group(2)))
                            .as("'%s' in \"%s\" among %s", number.group(), insight, numbers)
                            .isTrue();
                }
            }
        }
        assertThat(stated).as("the generated weeks made insights with numbers").isGreaterThan(3000);
    }

    /** The summary's numbers, as an insight may state them. */
    private record Numbers(Set<Long> counts, Set<Long> percents, Set<Long> points, Set<String> ratings) {

        static Numbers of(WeekStats week, WeekStats previous, int streak) {
            Numbers numbers = new Numbers(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
            WeeklySummary.CompletionStats stats = WeeklySummary.CompletionStats.of(week);
            numbers.counts.addAll(List.of(
                    (long) stats.totalTasks(),
                    (long) stats.completedTasks(),
                    (long) stats.activeDays(),
                    (long) stats.plannedTasks(),
                    (long) stats.skippedTasks(),
                    (long) stats.notReportedTasks(),
                    (long) stats.pendingTasks(),
                    (long) stats.ratedTasks(),
                    (long) streak));
            numbers.rate(stats.completionRate());
            numbers.rating(stats.averageRating());
            for (WeeklySummary.CategoryPerformance category : WeeklySummary.CategoryPerformance.of(week, previous)) {
                numbers.counts.addAll(List.of((long) category.totalTasks(), (long) category.completedTasks()));
                numbers.rate(category.completionRate());
                numbers.rating(category.meanRating());
                if (category.completionRateChange() != null) {
                    numbers.points.add(whole(Math.abs(category.completionRateChange())));
                }
            }
            return numbers;
        }

        void rate(double rate) {
            percents.add(whole(rate));
        }

        /** A 0-1 rate as a whole percent, as a reader of the summary (and the web app) rounds it: tenths first. */
        static long whole(double rate) {
            return Math.round(Math.round(rate * 1000) / 10.0);
        }

        void rating(Double rating) {
            if (rating != null) {
                ratings.add(String.format(Locale.ROOT, "%.1f", rating));
            }
        }

        boolean states(String value, String unit) {
            if ("%".equals(unit)) {
                return percents.contains(Long.parseLong(value));
            }
            if (" points".equals(unit)) {
                return points.contains(Long.parseLong(value));
            }
            return value.contains(".") ? ratings.contains(value) : counts.contains(Long.parseLong(value));
        }
    }

    /** A week of reports (some planned, some not) and plans (days over and not), in a few categories. */
    private static WeekStats generated(Random random, LocalDate monday) {
        List<TaskDay> days = new ArrayList<>();
        List<PlannedItems.TaskPlan> plans = new ArrayList<>();
        Category[] categories = Category.values();
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            for (int row = random.nextInt(4); row > 0; row--) {
                Category category = categories[random.nextInt(3)];
                String key = category.value() + "-" + random.nextInt(5);
                int total = 1 + random.nextInt(4);
                int completed = random.nextInt(total + 1);
                int rated = random.nextInt(completed + 1);
                int ratingSum = rated * 3 + random.nextInt(rated * 2 + 1);
                days.add(new TaskDay(date, key, key, key, category, total, completed, rated, ratingSum));
            }
            if (random.nextBoolean()) {
                Category category = categories[random.nextInt(3)];
                int planned = 1 + random.nextInt(5);
                boolean over = random.nextBoolean();
                int open = random.nextInt(planned + 1);
                plans.add(new PlannedItems.TaskPlan(
                        date, "plan-" + day, null, "Planned", category, planned, over ? open : 0, over ? 0 : open));
            }
        }
        return WeekStats.of(days, plans);
    }
}
