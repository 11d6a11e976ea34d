package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library we wrote: the spec's distribution, and fits that mean something. */
class TaskCatalogTest {

    private final List<Task> catalog = BundledLibrary.load("v1");

    @Test
    void hasTheSpecsFiftyTasksPerCategory() {
        Map<Category, Long> counts =
                catalog.stream().collect(Collectors.groupingBy(Task::category, Collectors.counting()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Category.HYDRATION, 8L,
                        Category.MOVEMENT, 12L,
                        Category.NUTRITION, 10L,
                        Category.WELLNESS, 8L,
                        Category.RECOVERY, 6L,
                        Category.WORK, 6L));
        assertThat(catalog).extracting(Task::id).doesNotHaveDuplicates();
    }

    @Test
    void intenseTasksFitHighEnergyFarBetterThanLow() {
        List<Task> intense = catalog.stream()
                .filter(task -> task.name().toLowerCase().contains("hiit"))
                .toList();
        assertThat(intense).isNotEmpty();
        intense.forEach(task -> assertThat(task.fit(EnergyMode.HIGH) - task.fit(EnergyMode.LOW))
                .as(task.name())
                .isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void gentleEveningTasksFitLowEnergyBetterThanHigh() {
        List<Task> gentle = catalog.stream()
                .filter(task -> task.name().toLowerCase().contains("sleep"))
                .toList();
        assertThat(gentle).isNotEmpty();
        gentle.forEach(
                task -> assertThat(task.fit(EnergyMode.LOW)).as(task.name()).isGreaterThan(task.fit(EnergyMode.HIGH)));
    }

    @Test
    void everyCategoryHasSeveralVariationGroupsToRotateThrough() {
        Map<Category, Long> groups = catalog.stream()
                .collect(Collectors.groupingBy(
                        Task::category, Collectors.mapping(Task::variationGroup, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> (long) entry.getValue().size()));
        assertThat(groups.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
    }
}
