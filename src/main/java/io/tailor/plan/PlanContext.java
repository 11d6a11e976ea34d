package io.tailor.plan;

import io.tailor.experiment.RunningExperiment;
import io.tailor.profile.PreferenceProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Everything a new plan depends on, read by one statement under the user's plan lock: the profile (empty
 * for a newcomer), the plans stored on the days the request may mean, each variation group's last use
 * (the rotation state), the groups that stored plans use on the days around them, the library tasks
 * done on the days meant, the user's completions per time block, and the experiment running, if any.
 */
record PlanContext(
        Optional<PreferenceProfile> profile,
        List<PlanView> plans,
        Map<String, Instant> lastUsed,
        List<PlannedGroup> planned,
        List<DoneTask> done,
        TimeBlocks timeBlocks,
        Optional<RunningExperiment> experiment) {

    PlanContext {
        plans = List.copyOf(plans);
        lastUsed = Map.copyOf(lastUsed);
        planned = List.copyOf(planned);
        done = List.copyOf(done);
    }

    /** The library tasks done on {@code date}, reported with a plan item or without. */
    Set<String> doneOn(LocalDate date) {
        return done.stream()
                .filter(task -> task.date().equals(date))
                .map(DoneTask::taskLibraryId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The whole days on each side of a plan's day that a rotation window can reach. */
    static int daysAround(Duration window) {
        return (int) ((window.toHours() + 23) / 24);
    }

    Optional<PlanView> planOn(LocalDate date) {
        return plans.stream().filter(plan -> plan.date().equals(date)).findFirst();
    }

    /**
     * Each variation group planned on another day within {@code window} of {@code date}, at the start (in
     * {@code zone}) of the nearest such day; of two days equally near, the earlier. Days starting after
     * {@code horizon} (planned ahead, not yet lived) are left out.
     */
    Map<String, Instant> groupsPlannedAround(LocalDate date, Duration window, ZoneId zone, Instant horizon) {
        Comparator<LocalDate> nearestFirst = Comparator.comparingLong(
                        (LocalDate day) -> Math.abs(ChronoUnit.DAYS.between(date, day)))
                .thenComparing(Comparator.naturalOrder());
        Map<String, LocalDate> nearest = new HashMap<>();
        planned.stream()
                .filter(use -> !use.date().equals(date))
                .filter(use -> Math.abs(ChronoUnit.DAYS.between(date, use.date())) <= daysAround(window))
                .filter(use -> !use.date().atStartOfDay(zone).toInstant().isAfter(horizon))
                .forEach(use -> nearest.merge(use.group(), use.date(), BinaryOperator.minBy(nearestFirst)));
        Map<String, Instant> starts = new HashMap<>();
        nearest.forEach((group, day) -> starts.put(group, day.atStartOfDay(zone).toInstant()));
        return starts;
    }

    /** A variation group used by the plan stored for {@code date}. */
    record PlannedGroup(String group, LocalDate date) {}

    /** A library task done at least once on {@code date}, in the user's zone. */
    record DoneTask(String taskLibraryId, LocalDate date) {}
}
