package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.TaskCatalog.SeedTask;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The library we wrote: the spec's distribution, and fits that mean something. */
class TaskCatalogTest {

    private final List<SeedTask> catalog = TaskCatalog.load(JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build());

    @Test
    void hasTheSpecsFiftyTasksPerCategory() {
        Map<Category, Long> counts =
                catalog.stream().collect(Collectors.groupingBy(SeedTask::category, Collectors.counting()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Category.HYDRATION, 8L,
                        Category.MOVEMENT, 12L,
                        Category.NUTRITION, 10L,
                        Category.WELLNESS, 8L,
                        Category.RECOVERY, 6L,
                        Category.WORK, 6L));
        assertThat(catalog).extracting(SeedTask::id).doesNotHaveDuplicates();
    }

    @Test
    void intenseTasksFitHighEnergyFarBetterThanLow() {
        List<SeedTask> intense = catalog.stream()
                .filter(task -> task.name().toLowerCase().contains("hiit"))
                .toList();
        assertThat(intense).isNotEmpty();
        intense.forEach(
                task -> assertThat(task.modeFit().get("high") - task.modeFit().get("low"))
                        .as(task.name())
                        .isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void gentleEveningTasksFitLowEnergyBetterThanHigh() {
        List<SeedTask> gentle = catalog.stream()
                .filter(task -> task.name().toLowerCase().contains("sleep"))
                .toList();
        assertThat(gentle).isNotEmpty();
        gentle.forEach(task -> assertThat(task.modeFit().get("low"))
                .as(task.name())
                .isGreaterThan(task.modeFit().get("high")));
    }

    @Test
    void everyCategoryHasSeveralVariationGroupsToRotateThrough() {
        Map<Category, Long> groups = catalog.stream()
                .collect(Collectors.groupingBy(
                        SeedTask::category, Collectors.mapping(SeedTask::variationGroup, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> (long) entry.getValue().size()));
        assertThat(groups.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
    }
}
