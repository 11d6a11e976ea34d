package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.library.Archetype;
import io.tailor.library.BundledLibrary;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hidden side's rules, each on its own. */
class TasteModelTest {

    private final TasteModel model = TasteModel.DEFAULT;

    @Test
    void eachRecentRepeatLowersTheChanceOfDoingATask() {
        double fresh = model.chance(0.5, 0);
        double once = model.chance(0.5, 1);
        double thrice = model.chance(0.5, 3);
        assertThat(fresh).isCloseTo(1 / (1 + Math.exp(-0.8)), within(1e-9));
        assertThat(once).isLessThan(fresh);
        assertThat(thrice).isLessThan(once);
        assertThat(model.withBoredomPerRepeat(0).chance(0.5, 3)).isEqualTo(fresh);
    }

    @Test
    void aBadMoodTurnsAnOtherwiseDoneTaskIntoASkip() {
        assertThat(model.completes(0, 0, day(0, 0.55), 0)).as("chance 0.57").isTrue();
        assertThat(model.completes(0, 0, day(-1, 0.55), 0)).as("chance 0.45").isFalse();
    }

    @Test
    void ratingsFollowLikingAndStayBetweenOneAndFive() {
        assertThat(model.rating(3, day(0, 0), 0)).isEqualTo(5);
        assertThat(model.rating(0, day(0, 0), 0)).isEqualTo(3);
        assertThat(model.rating(-1, day(0, 0), 0)).isEqualTo(2);
        assertThat(model.rating(-3, day(0, 0), 0)).isEqualTo(1);
        assertThat(model.rating(0, new DayDraws(0, List.of(new DayDraws.Slot(0, 0.9, 0, 0))), 0))
                .as("not rated")
                .isNull();
    }

    @Test
    void aLowEnergyUserLikesHarderAndLongerTasksLessAndNobodyElseDoes() {
        Task hiit = BundledLibrary.load("v1").stream()
                .filter(task -> task.id().equals("movement-hiit-blast"))
                .findFirst()
                .orElseThrow();
        Archetype archetype = Archetype.PEAK_PERFORMER;

        double low = model.liking(0, 0, 0, hiit, archetype, EnergyMode.LOW);

        assertThat(TasteModel.effort(hiit)).isCloseTo(4 + 10 / 30.0, within(1e-12));
        assertThat(model.liking(0, 0, 0, hiit, archetype, EnergyMode.HIGH))
                .isCloseTo(2.0 * (hiit.fit(archetype) - 0.7) + (hiit.fit(EnergyMode.HIGH) - 0.7), within(1e-12));
        assertThat(low)
                .isCloseTo(
                        2.0 * (hiit.fit(archetype) - 0.7)
                                + (hiit.fit(EnergyMode.LOW) - 0.7)
                                - 0.25 * TasteModel.effort(hiit),
                        within(1e-12));
    }

    @Test
    void boredomCountsCompletionsInTheWindowBeforeTheDayOnly() {
        RecentCompletions recent = new RecentCompletions();
        recent.add("walk", 1);
        recent.add("walk", 5);
        recent.add("walk", 9);
        assertThat(recent.count("walk", 9, 7)).as("days 2-8").isEqualTo(1);
        assertThat(recent.count("walk", 8, 7)).as("days 1-7").isEqualTo(2);
        assertThat(recent.count("walk", 20, 7)).isZero();
        assertThat(recent.count("yoga", 9, 7)).isZero();
    }

    private static DayDraws day(double mood, double completion) {
        return new DayDraws(mood, List.of(new DayDraws.Slot(completion, 0, 0, 0)));
    }
}
