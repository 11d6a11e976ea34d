package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.library.Task;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Users who lapse (issue 18, point 7): away for 1 to 3 days at a time, only the lapse-prone half, nothing
 * else drawn differently; a return favours familiar and short tasks; and the welcome back changes only what
 * follows a day without reports.
 */
class LapsesTest {

    private static final World WORLD = World.standard(42, TasteModel.DEFAULT);

    @Test
    void withoutLapsesTheDaysAreTheDrawsAsTheyWere() {
        List<DayDraws> days = Evaluation.days(WORLD, 3, 4);

        assertThat(Lapses.mark(days, 42, 3, 0)).isSameAs(days);
        assertThat(days).noneMatch(DayDraws::isAway);
    }

    @Test
    void lapsesLastOneToThreeDaysAndKeepEveryOtherDraw() {
        World lapsing = WORLD.withLapse(0.3);
        int prone = 0;
        for (int user = 0; user < 200; user++) {
            List<DayDraws> plain = Evaluation.days(WORLD, user, 8);
            List<DayDraws> marked = Evaluation.days(lapsing, user, 8);
            int run = 0;
            for (int day = 0; day < marked.size(); day++) {
                assertThat(marked.get(day).mood()).isEqualTo(plain.get(day).mood());
                run = marked.get(day).isAway() ? run + 1 : 0;
                assertThat(run).isLessThanOrEqualTo(Lapses.MAX_DAYS);
            }
            prone += marked.stream().anyMatch(DayDraws::isAway) ? 1 : 0;
        }
        // about half are prone, and nearly all of them lapse over 8 weeks at 0.3 a day
        assertThat(prone).isBetween(80, 120);
    }

    @Test
    void aReturnFavoursTasksDoneBeforeAndShorterOnes() {
        Task shortest = WORLD.library().stream()
                .filter(task -> task.category() == Category.MOVEMENT)
                .min((a, b) -> Integer.compare(a.durationMinutes(), b.durationMinutes()))
                .orElseThrow();
        Task longest = WORLD.library().stream()
                .filter(task -> task.category() == Category.MOVEMENT)
                .max((a, b) -> Integer.compare(a.durationMinutes(), b.durationMinutes()))
                .orElseThrow();

        assertThat(Lapses.returnShift(shortest, true, WORLD)).isGreaterThan(Lapses.returnShift(shortest, false, WORLD));
        assertThat(Lapses.returnShift(shortest, false, WORLD)).isGreaterThan(Lapses.returnShift(longest, false, WORLD));
        assertThat(Lapses.returnShift(longest, false, WORLD)).isLessThan(Lapses.RETURN_LOGIT);
    }

    @Test
    void theWelcomeBackChangesNothingForUsersWhoNeverMissADay() {
        Evaluation.Cohort cohort = Evaluation.compared(WORLD.withLapse(0.2));
        List<Map<Contender, List<WeekTally>>> users = Evaluation.perUser(cohort, 30, 3, () -> {});
        int differ = 0;
        for (int user = 0; user < users.size(); user++) {
            List<WeekTally> with = Objects.requireNonNull(users.get(user).get(Contender.ADAPTIVE));
            List<WeekTally> without = Objects.requireNonNull(users.get(user).get(Contender.ADAPTIVE_WITHOUT_WELCOME));
            boolean missedADay = with.stream().anyMatch(week -> week.awayDays() > 0)
                    || SimulatedUser.create(WORLD, user).ignoreChance() > 0;
            if (!missedADay) {
                assertThat(with)
                        .as("user %d, never away and never silent", user)
                        .isEqualTo(without);
            } else if (!with.equals(without)) {
                differ++;
            }
        }
        assertThat(differ).as("users whose return plans leaned").isPositive();
    }
}
