package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.feedback.DailyActivity.TaskDay;
import io.tailor.library.Category;
import io.tailor.profile.LearningPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each insight rule one step short of its threshold and exactly at it. */
class InsightRulesTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final WeekStats NOTHING = WeekStats.of(List.of(), List.of());

    @Test
    void completionOfThreeQuartersIsAmazingAndHalfIsGoodWork() {
        assertThat(insights(week(0, 4, 3))).containsExactly("🔥 Amazing! You completed 75% of your 4 tasks!");
        assertThat(insights(week(0, 401, 300))).containsExactly("💪 Good work! You completed 75% of your 401 tasks.");
        assertThat(insights(week(0, 2, 1))).containsExactly("💪 Good work! You completed 50% of your 2 tasks.");
        assertThat(insights(week(0, 101, 50))).isEmpty();
    }

    @Test
    void sixActiveDaysAreIncredibleConsistencyAndFourANiceRhythm() {
        assertThat(insights(activeDays(6))).contains("🌟 Incredible consistency! Active 6 days this week.");
        assertThat(insights(activeDays(5))).contains("✨ Nice rhythm: active 5 days this week.");
        assertThat(insights(activeDays(4))).contains("✨ Nice rhythm: active 4 days this week.");
        assertThat(insights(activeDays(3))).noneMatch(insight -> insight.contains("active"));
    }

    @Test
    void aCategoryThatSlippedByTwentyPointsGetsAGentleNote() {
        WeekStats before = week(0, 5, 4);
        assertThat(InsightRules.insights(week(0, 5, 3), before, 0))
                .contains("🌿 Movement slipped by 20 points to 60% this week.");
        assertThat(InsightRules.insights(week(0, 10, 7), week(0, 10, 8), 0)).noneMatch(i -> i.contains("slipped"));
        assertThat(InsightRules.insights(week(0, 2, 0), week(0, 2, 2), 0))
                .as("too few tasks to judge")
                .noneMatch(i -> i.contains("slipped"));
        assertThat(InsightRules.insights(week(0, 5, 4), week(0, 5, 3), 0))
                .contains("📈 Movement is up by 20 points to 80%!");
    }

    @Test
    void aStreakOfSevenDaysIsCelebrated() {
        assertThat(InsightRules.insights(NOTHING, NOTHING, 7)).containsExactly("🔥 7-day streak! Keep it going.");
        assertThat(InsightRules.insights(NOTHING, NOTHING, 6)).isEmpty();
    }

    @Test
    void aMeanRatingOfFourAndAHalfOverThreeRatingsIsNoticed() {
        assertThat(insights(rated(5, 5, 4))).contains("😊 You rated your tasks 4.7 on average: these plans suit you.");
        assertThat(insights(rated(5, 4, 4, 5)))
                .contains("😊 You rated your tasks 4.5 on average: these plans suit you.");
        assertThat(insights(rated(5, 5))).noneMatch(i -> i.contains("rated"));
        assertThat(insights(rated(5, 4, 4))).noneMatch(i -> i.contains("rated"));
    }

    @Test
    void recommendationsNameLovedAndDislikedTasksTheWeakestCategoryAndThePhase() {
        List<TaskDay> days = List.of(
                new TaskDay(MONDAY, "a", "movement-a", "Morning Yoga", Category.MOVEMENT, 2, 2, 2, 9),
                new TaskDay(MONDAY, "b", "nutrition-b", "Rainbow Salad", Category.NUTRITION, 3, 1, 0, 0));
        assertThat(Recommendations.forNextWeek(
                        WeekStats.of(days, List.of()),
                        List.of("HIIT Blast"),
                        task -> task.equals("movement-a") ? 4.5 : 0,
                        LearningPhase.ESTABLISHMENT))
                .containsExactly(
                        "✅ You loved 'Morning Yoga'! We'll include similar tasks.",
                        "🔄 We'll give 'HIIT Blast' a rest and try something else.",
                        "🎯 Nutrition was your toughest category (33%).",
                        "🏗️ Next week leans on your favorites to build consistency.");
    }

    @Test
    void aTaskLovedThisWeekButNotOverallIsNotPromised() {
        List<TaskDay> days =
                List.of(new TaskDay(MONDAY, "a", "movement-a", "Morning Yoga", Category.MOVEMENT, 2, 2, 2, 9));
        // rated 4.5 this week, 3.5 over all its reports: the selector would not favour its group
        assertThat(Recommendations.forNextWeek(
                        WeekStats.of(days, List.of()), List.of(), task -> 3.5, LearningPhase.ESTABLISHMENT))
                .noneMatch(line -> line.contains("You loved"));
    }

    private static List<String> insights(WeekStats week) {
        return InsightRules.insights(week, NOTHING, 0);
    }

    /** One movement task on day {@code day}: {@code total} reports, {@code completed} done. */
    private static WeekStats week(int day, int total, int completed) {
        return WeekStats.of(
                List.of(new TaskDay(
                        MONDAY.plusDays(day), "t", "movement-t", "T", Category.MOVEMENT, total, completed, 0, 0)),
                List.of());
    }

    private static WeekStats activeDays(int days) {
        List<TaskDay> rows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            rows.add(new TaskDay(
                    MONDAY.plusDays(day), "t", "movement-t", "T", Category.MOVEMENT, 10, day < days ? 1 : 0, 0, 0));
        }
        return WeekStats.of(rows, List.of());
    }

    private static WeekStats rated(int... ratings) {
        int sum = java.util.Arrays.stream(ratings).sum();
        return WeekStats.of(
                List.of(new TaskDay(
                        MONDAY, "t", "movement-t", "T", Category.MOVEMENT, 40, ratings.length, ratings.length, sum)),
                List.of());
    }
}
