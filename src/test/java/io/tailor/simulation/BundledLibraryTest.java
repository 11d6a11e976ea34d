package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.BundledLibrary;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library the simulator plans from: the shipped file, read without a database. */
class BundledLibraryTest {

    private final List<Task> tasks = BundledLibrary.load("v3");

    @Test
    void holdsTheFiftyTasksActiveAtTheGivenVersion() {
        assertThat(tasks).hasSize(50).extracting(Task::id).doesNotHaveDuplicates();
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.active()).isTrue();
            assertThat(task.libraryVersion()).isEqualTo("v3");
            assertThat(task.archetypeFit()).containsOnlyKeys(Archetype.values());
            assertThat(task.modeFit()).containsOnlyKeys(EnergyMode.values());
        });
    }

    @Test
    void keepsTheFileOrderAndItsValues() {
        Task lemonWater = tasks.get(0);
        assertThat(lemonWater.id()).isEqualTo("hydration-morning-lemon-water");
        assertThat(lemonWater.category()).isEqualTo(Category.HYDRATION);
        assertThat(lemonWater.fit(Archetype.FOUNDATION_BUILDER)).isEqualTo(0.9);
        assertThat(lemonWater.fit(EnergyMode.HIGH)).isEqualTo(0.8);
        assertThat(lemonWater.variationGroup()).isEqualTo("citrus_water");
    }
}
