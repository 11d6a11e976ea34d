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
 * so a month of feedback synced at once moves a user through the phases as if lived. Days also pass
 * without feedback: {@link #asOf} is the phase a user is in by a later time (read, or planned for),
 * though the transition is recorded, with its celebration, only by their next feedback.
 */
public final class PhaseRules {

    private PhaseRules() {}

    /** The transitions now due, in order: none, one, or (after a long gap) two. */
    public static List<Transition> due(ProfileHeader header, PhaseCriteria criteria) {
        Instant at = header.totals().lastActivityAt();
        return at == null ? new ArrayList<>() : dueBy(header, criteria, at);
    }

    /**
     * The user as of {@code now}: in the phase the days passed since their latest feedback have brought
     * them to (a user who paused is not held back by the pause), nothing else changed. Without any
     * feedback yet, as they are.
     */
    public static ProfileHeader asOf(ProfileHeader header, PhaseCriteria criteria, Instant now) {
        Instant last = header.totals().lastActivityAt();
        if (last == null) {
            return header;
        }
        ProfileHeader current = header;
        for (Transition transition : dueBy(header, criteria, last.isAfter(now) ? last : now)) {
            current = current.advancedTo(transition.to(), transition.at());
        }
        return current;
    }

    /** The transitions due by {@code at}, days counted to it, in order. */
    private static List<Transition> dueBy(ProfileHeader header, PhaseCriteria criteria, Instant at) {
        List<Transition> due = new ArrayList<>();
        ProfileHeader current = header;
        Optional<Transition> next = next(current, criteria, at);
        while (next.isPresent()) {
            due.add(next.get());
            current = current.advancedTo(next.get().to(), at);
            next = next(current, criteria, at);
        }
        return due;
    }

    /** Progress as of the latest feedback. */
    public static Progress progress(ProfileHeader header, PhaseCriteria criteria) {
        Instant last = header.totals().lastActivityAt();
        return progress(header, criteria, last == null ? Instant.EPOCH : last);
    }

    /** Progress as of {@code now}: days count to today (or to the latest feedback, if later). */
    public static Progress progress(ProfileHeader header, PhaseCriteria criteria, Instant now) {
        int days = daysSoFar(header, now);
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
        } else if (daysSoFar(header, at) >= threshold.get().days()) {
            cause = Transition.Cause.DAYS;
        } else {
            return Optional.empty();
        }
        return Optional.of(
                new Transition(header.phase(), to, cause, at, null, Celebrations.of(to, cause, threshold.get())));
    }

    /** Calendar days in the user's zone from the criteria's start to {@code now} or the latest feedback, the later. */
    static int daysSoFar(ProfileHeader header, Instant now) {
        Instant start = header.criteriaStart();
        Instant last = header.totals().lastActivityAt();
        if (start == null || last == null) {
            return 0;
        }
        Instant latest = last.isAfter(now) ? last : now;
        if (latest.isBefore(start)) {
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
