package io.tailor.selection;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.Outcome;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.TaskStats;
import io.tailor.profile.Totals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small synthetic libraries and profiles for the selection rules. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.parse("2026-11-16");
    static final Instant PLAN_TIME = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    private Fixtures() {}

    /** A movement task in its own group, fitting everyone equally well ({@code fit} for all archetypes and modes). */
    static Task task(String id, double fit) {
        return task(id, id.replace('-', '_'), fit);
    }

    static Task task(String id, String group, double fit) {
        Map<Archetype, Double> archetypes = new EnumMap<>(Archetype.class);
        Arrays.stream(Archetype.values()).forEach(archetype -> archetypes.put(archetype, fit));
        Map<EnergyMode, Double> modes = new EnumMap<>(EnergyMode.class);
        Arrays.stream(EnergyMode.values()).forEach(mode -> modes.put(mode, fit));
        return new Task(
                id,
                "Task " + id,
                "A task",
                Category.MOVEMENT,
                10,
                archetypes,
                modes,
                List.of(TimeOfDay.MORNING),
                2,
                group,
                true,
                "v1");
    }

    static List<Task> library(int size) {
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> task("move-" + i, 0.8))
                .toList();
    }

    /** Stats from outcomes a week before the plan: {@code 5} = done rated 5, {@code 0} = done unrated, {@code -1} = skipped. */
    static TaskStats stats(int... outcomes) {
        TaskStats stats = TaskStats.NONE;
        Instant at = PLAN_TIME.minus(Duration.ofDays(7));
        for (int outcome : outcomes) {
            at = at.plusSeconds(3600);
            stats = stats.record(
                    outcome < 0 ? new Outcome(false, null, at) : new Outcome(true, outcome == 0 ? null : outcome, at));
        }
        return stats;
    }

    static PreferenceProfile profile(String userId, LearningPhase phase, Map<String, TaskStats> tasks) {
        ProfileHeader header = new ProfileHeader(userId, ZoneOffset.UTC, phase, PLAN_TIME, null, 0, Totals.NONE);
        return new PreferenceProfile(header, Map.of(), new HashMap<>(tasks));
    }

    static SelectionRequest request(
            PreferenceProfile profile, List<Task> library, LocalDate date, Map<String, Instant> used) {
        return new SelectionRequest(
                profile,
                Archetype.FOUNDATION_BUILDER,
                EnergyMode.MEDIUM,
                date,
                date.atStartOfDay(ZoneOffset.UTC).toInstant(),
                library,
                used,
                Duration.ofHours(48),
                "v1",
                PooledPriors.NONE,
                null);
    }

    static SelectionRequest request(PreferenceProfile profile, List<Task> library) {
        return request(profile, library, DAY, Map.of());
    }
}
