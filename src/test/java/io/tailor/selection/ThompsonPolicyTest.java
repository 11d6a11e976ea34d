package io.tailor.selection;

import static io.tailor.selection.Fixtures.DAY;
import static io.tailor.selection.Fixtures.PLAN_TIME;
import static io.tailor.selection.Fixtures.library;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.stats;
import static io.tailor.selection.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.TaskStats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThompsonPolicyTest {

    private final ServingPolicy selector = new ServingPolicy(new ThompsonPolicy(), 0);

    @Test
    void neverPlansAGroupUsedInsideTheRotationWindowWhileAnotherIsFree() {
        List<Task> three = List.of(task("a", 0.9), task("b", 0.6), task("c", 0.6));
        PreferenceProfile profile = profile("rotating", LearningPhase.MASTERY, Map.of("a", stats(5, 5, 5, 5)));
        Map<String, Instant> aYesterday = Map.of("a", PLAN_TIME.minus(Duration.ofDays(1)));
        for (int user = 0; user < 300; user++) {
            PreferenceProfile someone = profile("rotating-" + user, LearningPhase.MASTERY, profile.tasks());
            assertThat(pick(someone, three, DAY, aYesterday)).isNotEqualTo("a");
        }
        Map<String, Instant> aTwoDaysAgo = Map.of("a", PLAN_TIME.minus(Duration.ofHours(48)));
        assertThat(IntStream.range(0, 300)
                        .mapToObj(user -> pick(
                                profile("free-" + user, LearningPhase.MASTERY, profile.tasks()),
                                three,
                                DAY,
                                aTwoDaysAgo))
                        .filter("a"::equals)
                        .count())
                .as("free again exactly a window later, and still the favourite")
                .isGreaterThan(150);
    }

    @Test
    void aDislikedTaskIsNeverChosenWhileAnotherRemains() {
        List<Task> two = List.of(task("liked", 0.5), task("hated", 1.0));
        PreferenceProfile profile = profile("picky", LearningPhase.MASTERY, Map.of("hated", stats(1)));
        for (int day = 0; day < 200; day++) {
            assertThat(pick(profile, two, DAY.plusDays(day), Map.of())).isEqualTo("liked");
        }
        Map<String, Instant> likedJustUsed = Map.of("liked", PLAN_TIME.minus(Duration.ofHours(1)));
        assertThat(pick(profile, two, DAY, likedJustUsed))
                .as("only the disliked one is left")
                .isEqualTo("hated");
    }

    @Test
    void theSameInputsGiveTheSamePlanAndOtherDaysOtherDraws() {
        List<Task> ten = library(10);
        PreferenceProfile profile = profile("same", LearningPhase.DISCOVERY, Map.of());
        assertThat(selector.select(Category.MOVEMENT, request(profile, ten)))
                .isEqualTo(selector.select(Category.MOVEMENT, request(profile, ten)));
        long distinct = IntStream.range(0, 30)
                .mapToObj(day -> pick(profile, ten, DAY.plusDays(day), Map.of()))
                .distinct()
                .count();
        assertThat(distinct).as("an untried library is explored").isGreaterThan(3);
    }

    @Test
    void aTaskThatIsAlwaysDoneWinsFarMoreOftenThanOneThatIsOftenSkipped() {
        List<Task> two = List.of(task("done", 0.6), task("skipped", 0.6));
        Map<String, TaskStats> history = Map.of("done", stats(0, 0, 0, 0), "skipped", stats(-1, -1, 0, -1, -1, 0));
        // a week old: Beta(3.5, 1.4) against Beta(2.3, 3.9), the first draw is higher 90% of the time
        assertThat(wins("done", two, history)).isBetween(855, 940);
    }

    @Test
    void untriedTasksStartFromTheLibraryFit() {
        List<Task> two = List.of(task("fits", 0.9), task("misfits", 0.3));
        // Beta(1.8, 0.2) against Beta(0.6, 1.4): the better fit wins 96% of the draws
        assertThat(wins("fits", two, Map.of())).isBetween(925, 990);
    }

    @Test
    void saysWhyInTheSameWordsAsTheAdaptiveSelector() {
        List<Task> one = List.of(task("fave", 0.5));
        PreferenceProfile profile = profile("why", LearningPhase.ESTABLISHMENT, Map.of("fave", stats(5, 4, 5, 5)));
        Selection selection =
                selector.select(Category.MOVEMENT, request(profile, one)).orElseThrow();
        assertThat(selection.reason()).isEqualTo("A favorite: done 4 times, rated 4.8");
        assertThat(selection.pool()).isEqualTo(Selection.Pool.EXPLOIT);
        assertThat(selector.select(Category.HYDRATION, request(profile, one))).isEmpty();
    }

    private int wins(String taskId, List<Task> tasks, Map<String, TaskStats> history) {
        int wins = 0;
        for (int user = 0; user < 1_000; user++) {
            if (pick(profile("user-" + user, LearningPhase.MASTERY, history), tasks, DAY, Map.of())
                    .equals(taskId)) {
                wins++;
            }
        }
        return wins;
    }

    private String pick(PreferenceProfile profile, List<Task> tasks, LocalDate date, Map<String, Instant> used) {
        return selector.select(Category.MOVEMENT, request(profile, tasks, date, used))
                .orElseThrow()
                .task()
                .id();
    }
}
