package io.tailor.selection;

import static io.tailor.selection.Fixtures.DAY;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.stats;
import static io.tailor.selection.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.TaskStats;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * "You loved X! We'll include similar tasks." is kept (issue 18, point 5): for two weeks after X was last
 * done, the tasks of X's variation group weigh double in adaptive's draws.
 */
class LovedTest {

    // yoga-a was done and rated a week before the plan; the other three are untried and fit alike
    private static final List<Task> LIBRARY = List.of(
            task("yoga-a", "yoga", 0.8),
            task("yoga-b", "yoga", 0.8),
            task("run-a", "run", 0.8),
            task("swim-a", "swim", 0.8));

    @Test
    void aTaskLikeOneTheUserLovedIsDrawnTwiceAsOftenAsItsWeightAlone() {
        double[] loved = probabilities(stats(5), DAY);
        double[] liked = probabilities(stats(3), DAY);

        // one movement task tried, below discovery's goal: 95% goes to the three untried tasks, where yoga-b
        // weighs 2 against 1 and 1
        assertThat(loved[index("yoga-b")]).isCloseTo(0.95 * 2 / 4, within(1e-12));
        assertThat(loved[index("run-a")]).isCloseTo(0.95 / 4, within(1e-12));
        assertThat(liked[index("yoga-b")]).as("rated 3: nothing promised").isCloseTo(0.95 / 3, within(1e-12));
    }

    @Test
    void theFavourLastsTheWeekAfterTheSummarysAndNoLonger() {
        // done 7 days before DAY: loved until 14 days after
        assertThat(probabilities(stats(5), DAY.plusDays(6))[index("yoga-b")]).isCloseTo(0.475, within(1e-12));
        assertThat(probabilities(stats(5), DAY.plusDays(8))[index("yoga-b")]).isCloseTo(0.95 / 3, within(1e-12));
    }

    @Test
    void theDrawsFollowTheFavour() {
        Slots.Built built = built(stats(5), DAY);
        SplittableRandom random = new SplittableRandom(18);
        int yoga = 0;
        for (int i = 0; i < 20_000; i++) {
            yoga += built.tasks()
                            .get(new AdaptivePolicy().draw(built.slot(), random))
                            .task()
                            .id()
                            .equals("yoga-b")
                    ? 1
                    : 0;
        }
        assertThat(yoga / 20_000.0).isCloseTo(0.475, within(0.015));
    }

    private static double[] probabilities(TaskStats yogaA, LocalDate date) {
        return new AdaptivePolicy().probabilities(built(yogaA, date).slot(), new SplittableRandom(1));
    }

    private static Slots.Built built(TaskStats yogaA, LocalDate date) {
        SelectionRequest request =
                request(profile("u", LearningPhase.DISCOVERY, Map.of("yoga-a", yogaA)), LIBRARY, date, Map.of());
        Slots.Built built = Slots.of(Category.MOVEMENT, request, true);
        assertThat(built.tasks()).hasSize(4);
        return built;
    }

    private static int index(String id) {
        List<String> ids = built(stats(5), DAY).tasks().stream()
                .map(scored -> scored.task().id())
                .toList();
        return ids.indexOf(id);
    }
}
