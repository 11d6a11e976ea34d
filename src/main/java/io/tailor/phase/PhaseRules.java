package io.tailor.phase;

import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileHeader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a user moves on. Both criteria count from the phase baseline (the first feedback, or the last
 * override) on event time: <b>days</b> are calendar days in the user's time zone between the
 * baseline and the latest feedback (first feedback on Monday, feedback the next Monday = 7 days);
 * <b>tasks</b> are completions since the baseline. A phase is left when either reaches its minimum,
 * so a month of feedback synced at once moves a user through the phases as if lived.
 */
public final class PhaseRules {

    private PhaseRules() {}

    /** The transitions now due, in order: none, one, or (after a long gap) two. */
    public static List<Transition> due(ProfileHeader header, PhaseCriteria criteria) {
        List<Transition> due = new ArrayList<>();
        Instant at = header.totals().lastActivityAt();
        if (at == null) {
            return due;
        }
        ProfileHeader current = header;
        Optional<Transition> next = next(current, criteria, at);
        while (next.isPresent()) {
            due.add(next.get());
            current = current.advancedTo(next.get().to(), at);
            next = next(current, criteria, at);
        }
        return due;
    }

    public static Progress progress(ProfileHeader header, PhaseCriteria criteria) {
        int days = daysSoFar(header);
        int tasks = tasksSoFar(header);
        return criteria.toLeave(header.phase())
                .map(needed -> new Progress(header.phase().next(), days, needed.days(), tasks, needed.tasks()))
                .orElse(new Progress(Optional.empty(), days, 0, tasks, 0));
    }

    private static Optional<Transition> next(ProfileHeader header, PhaseCriteria criteria, Instant at) {
        var threshold = criteria.toLeave(header.phase());
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        LearningPhase to = header.phase().next().orElseThrow();
        int tasks = tasksSoFar(header);
        Transition.Cause cause;
        if (tasks >= threshold.get().tasks()) {
            cause = Transition.Cause.TASKS;
        } else if (daysSoFar(header) >= threshold.get().days()) {
            cause = Transition.Cause.DAYS;
        } else {
            return Optional.empty();
        }
        return Optional.of(
                new Transition(header.phase(), to, cause, at, null, Celebrations.of(to, cause, threshold.get())));
    }

    static int daysSoFar(ProfileHeader header) {
        Instant start = header.criteriaStart();
        Instant latest = header.totals().lastActivityAt();
        if (start == null || latest == null || latest.isBefore(start)) {
            return 0;
        }
        LocalDate first = start.atZone(header.timezone()).toLocalDate();
        return (int)
                ChronoUnit.DAYS.between(first, latest.atZone(header.timezone()).toLocalDate());
    }

    static int tasksSoFar(ProfileHeader header) {
        return Math.max(0, header.totals().completed() - header.phaseBaselineCompleted());
    }

    /** Progress toward the next phase on both criteria; {@code next} is empty in mastery. */
    public record Progress(
            Optional<LearningPhase> next, int daysDone, int daysNeeded, int tasksDone, int tasksNeeded) {}
}
