package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.BundledLibrary;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.library.TaskScoring;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.Totals;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.SelectionRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's upper bound: the known value decides, within the rotation window the service keeps. */
class OracleSelectorTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-16");
    private static final Instant PLAN_TIME = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    private final List<Task> library = BundledLibrary.load("v1");
    private final List<Task> movement = library.stream()
            .filter(task -> task.category() == Category.MOVEMENT)
            .sorted(Comparator.comparingDouble(this::fit))
            .toList();
    private final Task poorestFit = movement.get(0);
    private final Task nextPoorest = movement.stream()
            .filter(task -> !task.variationGroup().equals(poorestFit.variationGroup()))
            .findFirst()
            .orElseThrow();
    private final Map<String, Double> known = Map.of(poorestFit.id(), 0.9, nextPoorest.id(), 0.8);
    private final OracleSelector oracle = new OracleSelector(task -> known.getOrDefault(task.id(), 0.1));

    @Test
    void picksTheHighestKnownValueEvenWhereTheLibraryFitIsPoorest() {
        assertThat(oracle.select(Category.MOVEMENT, request(Map.of()))
                        .orElseThrow()
                        .task())
                .isEqualTo(poorestFit);
    }

    @Test
    void keepsToTheRotationWindow() {
        var usedYesterday = Map.of(poorestFit.variationGroup(), PLAN_TIME.minus(Duration.ofDays(1)));

        assertThat(oracle.select(Category.MOVEMENT, request(usedYesterday))
                        .orElseThrow()
                        .task())
                .isEqualTo(nextPoorest);
    }

    @Test
    void breaksATieByTheLowerId() {
        OracleSelector indifferent = new OracleSelector(task -> 0.5);

        assertThat(indifferent
                        .select(Category.MOVEMENT, request(Map.of()))
                        .orElseThrow()
                        .task()
                        .id())
                .isEqualTo(movement.stream().map(Task::id).sorted().findFirst().orElseThrow());
    }

    private double fit(Task task) {
        return TaskScoring.score(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM);
    }

    private SelectionRequest request(Map<String, Instant> groupLastUsed) {
        ProfileHeader header =
                new ProfileHeader("oracle", ZoneOffset.UTC, LearningPhase.DISCOVERY, PLAN_TIME, null, 0, Totals.NONE);
        return new SelectionRequest(
                PreferenceProfile.empty(header),
                Archetype.FOUNDATION_BUILDER,
                EnergyMode.MEDIUM,
                DAY,
                PLAN_TIME,
                library,
                groupLastUsed,
                Duration.ofHours(48),
                "v1",
                PooledPriors.NONE,
                null);
    }
}
