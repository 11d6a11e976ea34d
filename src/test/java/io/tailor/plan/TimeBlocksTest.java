package io.tailor.plan;

import static io.tailor.library.TimeOfDay.AFTERNOON;
import static io.tailor.library.TimeOfDay.EVENING;
import static io.tailor.library.TimeOfDay.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.library.TimeOfDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Placing a day's tasks in time blocks (issue 18, point 6): where the user completes, spread over the day. */
class TimeBlocksTest {

    @Test
    void aTaskThatListsOneTimeOfDayGoesThereWhateverTheUserCompletes() {
        TimeBlocks eveningPerson =
                new TimeBlocks(Map.of(MORNING, new TimeBlocks.Tally(20, 0), EVENING, new TimeBlocks.Tally(20, 20)));

        assertThat(eveningPerson.place(List.of(task(MORNING)), List.of())).containsExactly(MORNING);
    }

    @Test
    void aTaskThatListsSeveralTimesGoesWhereTheUserCompletes() {
        TimeBlocks morningPerson =
                new TimeBlocks(Map.of(MORNING, new TimeBlocks.Tally(20, 18), AFTERNOON, new TimeBlocks.Tally(20, 4)));
        TimeBlocks afternoonPerson =
                new TimeBlocks(Map.of(MORNING, new TimeBlocks.Tally(20, 4), AFTERNOON, new TimeBlocks.Tally(20, 18)));

        assertThat(morningPerson.place(List.of(task(AFTERNOON, MORNING)), List.of()))
                .containsExactly(MORNING);
        assertThat(afternoonPerson.place(List.of(task(MORNING, AFTERNOON)), List.of()))
                .containsExactly(AFTERNOON);
    }

    @Test
    void withoutReportsTheDaySpreadsOverTheBlocksInsteadOfPilingIntoTheFirstListed() {
        List<Task> day = List.of(
                task(MORNING, AFTERNOON),
                task(MORNING, AFTERNOON),
                task(MORNING, EVENING),
                task(MORNING),
                task(MORNING, AFTERNOON, EVENING));

        List<TimeOfDay> placed = TimeBlocks.NONE.place(day, List.of());

        assertThat(placed.get(3)).isEqualTo(MORNING);
        assertThat(counts(placed)).containsOnlyKeys(MORNING, AFTERNOON, EVENING);
        assertThat(counts(placed).values())
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
        assertThat(TimeBlocks.NONE.place(day, List.of())).as("no draw").isEqualTo(placed);
    }

    @Test
    void theDaySpreadsOverTheBlocksTheUserCompletesInAndAvoidsTheOneTheyDoNot() {
        TimeBlocks neverEvenings = new TimeBlocks(Map.of(
                MORNING, new TimeBlocks.Tally(30, 24),
                AFTERNOON, new TimeBlocks.Tally(30, 21),
                EVENING, new TimeBlocks.Tally(30, 1)));
        List<Task> day = List.of(
                task(MORNING, EVENING),
                task(AFTERNOON, EVENING),
                task(EVENING, MORNING),
                task(EVENING, AFTERNOON),
                task(MORNING, AFTERNOON, EVENING));

        Map<TimeOfDay, Long> placed = counts(neverEvenings.place(day, List.of()));

        assertThat(placed).doesNotContainKey(EVENING);
        assertThat(placed.get(MORNING)).isBetween(2L, 3L);
        assertThat(placed.get(AFTERNOON)).isBetween(2L, 3L);
    }

    @Test
    void itemsTheDayAlreadyKeepsCountTowardTheirBlocks() {
        assertThat(TimeBlocks.NONE.place(List.of(task(MORNING, AFTERNOON)), List.of(MORNING)))
                .containsExactly(AFTERNOON);
    }

    private static Map<TimeOfDay, Long> counts(List<TimeOfDay> blocks) {
        return blocks.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Task task(TimeOfDay... times) {
        return new Task(
                "task-" + Arrays.toString(times),
                "Task",
                "A task",
                Category.WELLNESS,
                10,
                Arrays.stream(Archetype.values()).collect(Collectors.toMap(Function.identity(), a -> 0.8)),
                Arrays.stream(EnergyMode.values()).collect(Collectors.toMap(Function.identity(), m -> 0.8)),
                List.of(times),
                1,
                "group",
                true,
                "v1");
    }
}
