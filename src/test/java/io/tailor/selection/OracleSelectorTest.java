package io.tailor.selection;

import static io.tailor.selection.Fixtures.DAY;
import static io.tailor.selection.Fixtures.PLAN_TIME;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleSelectorTest {

    private final List<Task> tasks = List.of(task("poor-fit", 0.1), task("good-fit", 0.9), task("middling", 0.5));
    private final Map<String, Double> known = Map.of("poor-fit", 0.9, "good-fit", 0.2, "middling", 0.5);
    private final OracleSelector oracle = new OracleSelector(task -> known.get(task.id()));
    private final PreferenceProfile profile = profile("known", LearningPhase.DISCOVERY, Map.of());

    @Test
    void picksTheHighestKnownValueEvenWhereTheLibraryFitIsPoor() {
        assertThat(oracle.select(Category.MOVEMENT, request(profile, tasks))
                        .orElseThrow()
                        .task()
                        .id())
                .isEqualTo("poor-fit");
    }

    @Test
    void keepsToTheRotationWindow() {
        var used = Map.of("poor_fit", PLAN_TIME.minus(Duration.ofDays(1)));
        assertThat(oracle.select(Category.MOVEMENT, request(profile, tasks, DAY, used))
                        .orElseThrow()
                        .task()
                        .id())
                .isEqualTo("middling");
    }
}
