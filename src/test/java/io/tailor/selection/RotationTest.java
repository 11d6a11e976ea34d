package io.tailor.selection;

import static io.tailor.selection.Fixtures.PLAN_TIME;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotationTest {

    private final List<Task> tasks = List.of(task("best", 0.9), task("next", 0.7), task("last", 0.6));
    private final ServingPolicy bestFit = new ServingPolicy(new LibraryPolicy(), 0);

    @Test
    void aGroupUsedLessThanTheWindowBeforeThePlanIsSkipped() {
        var used = Map.of("best", PLAN_TIME.minus(Duration.ofHours(48)).plusSeconds(1));
        assertThat(choose(used).task().id()).isEqualTo("next");
    }

    @Test
    void aGroupUsedExactlyTheWindowAgoIsFreeAgain() {
        var used = Map.of("best", PLAN_TIME.minus(Duration.ofHours(48)));
        assertThat(choose(used).task().id()).isEqualTo("best");
    }

    @Test
    void aGroupUsedOnALaterDayInsideTheWindowIsSkippedWhenBackfilling() {
        var used = Map.of("best", PLAN_TIME.plus(Duration.ofHours(24)));
        assertThat(choose(used).task().id()).isEqualTo("next");
    }

    @Test
    void whenEveryGroupIsTakenTheLeastRecentlyUsedServesAndSaysSo() {
        var used = Map.of(
                "best", PLAN_TIME.minus(Duration.ofHours(2)),
                "next", PLAN_TIME.minus(Duration.ofHours(30)),
                "last", PLAN_TIME.minus(Duration.ofHours(20)));
        Selection selection = choose(used);
        assertThat(selection.task().id()).isEqualTo("next");
        assertThat(selection.reason()).contains("least recently used");
    }

    @Test
    void tasksSharingAVariationGroupRotateAsOne() {
        List<Task> grouped = List.of(task("yoga-a", "yoga", 0.9), task("yoga-b", "yoga", 0.8), task("walk", 0.5));
        var used = Map.of("yoga", PLAN_TIME.minus(Duration.ofHours(3)));
        Selection selection = bestFit.select(
                        Category.MOVEMENT,
                        request(profile("u", LearningPhase.DISCOVERY, Map.of()), grouped, Fixtures.DAY, used))
                .orElseThrow();
        assertThat(selection.task().id()).isEqualTo("walk");
    }

    @Test
    void theLibraryStrategyTakesTheBestScoredTaskAndSaysWhy() {
        Selection selection = choose(Map.of());
        assertThat(selection.task().id()).isEqualTo("best");
        assertThat(selection.reason())
                .isEqualTo("Best fit for a foundation builder on a medium-energy day (score 0.90)");
    }

    private Selection choose(Map<String, java.time.Instant> used) {
        return bestFit.select(
                        Category.MOVEMENT,
                        request(profile("u", LearningPhase.DISCOVERY, Map.of()), tasks, Fixtures.DAY, used))
                .orElseThrow();
    }
}
