package io.tailor.selection;

import io.tailor.library.Task;
import io.tailor.library.TaskScoring.ScoredTask;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.TaskStats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** Why a task is in the plan, from what the profile knows about it: always true, never filler. */
final class Reasons {

    private Reasons() {}

    /**
     * Why {@code policy} chose the task: what the profile knows of it for a learning policy (true of a draw of
     * the exploration floor too), the library's fit for the library's own pick, and for the floor's draw in its
     * place that it was one; rotation's say in every case.
     */
    static String of(
            Policy policy,
            boolean floorDraw,
            ScoredTask chosen,
            int candidates,
            SelectionRequest request,
            boolean rotationExhausted) {
        Task task = chosen.task();
        String reason;
        if (policy.learns()) {
            ProfileHeader header = request.profile().header();
            TaskStats stats = request.profile().task(task.id());
            reason = popular(stats, request.prior(task.id()))
                    .orElseGet(() -> adaptive(task, stats, header.phase(), request.date(), header.timezone()));
        } else if (floorDraw) {
            reason = "A change of pace: picked at random from your " + candidates + " fitting "
                    + task.category().value() + " options, so Tailor keeps learning what suits you";
        } else {
            reason = bestFit(
                    chosen.score(), request.archetype().value(), request.mode().value());
        }
        return rotationExhausted
                ? rotationExhausted(reason, task, (int) request.rotationWindow().toHours())
                : reason;
    }

    /** At least this share of plannings done makes an untried task popular enough to say so. */
    static final double POPULAR_DONE_RATE = 0.5;

    /**
     * An untried task that users like this one (or, failing enough of them, users at large) mostly did:
     * "Popular with people like you: done by 78%". Nothing to say of a tried task: its own evidence speaks.
     */
    static Optional<String> popular(TaskStats stats, Optional<TaskPrior> prior) {
        if (stats.isTried() || prior.isEmpty() || prior.get().doneRate() < POPULAR_DONE_RATE) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "Popular with %s: done by %d%%",
                prior.get().cohort().alike() ? "people like you" : "Tailor users",
                Math.round(100 * prior.get().doneRate())));
    }

    static String adaptive(Task task, TaskStats stats, LearningPhase phase, LocalDate date, ZoneId zone) {
        String category = task.category().value();
        if (stats.isOnProbation(date.atStartOfDay(zone).toInstant())) {
            return "Another try, as exploration: skipped " + stats.consecutiveSkips()
                    + " times running, the last over " + TaskStats.SKIP_DISLIKE_LAPSE.toDays()
                    + " days ago (offered at most once a week)";
        }
        if (!stats.isTried()) {
            return phase == LearningPhase.DISCOVERY
                    ? "New for you: exploring " + category + " this week"
                    : "Something new: a " + category + " task you haven't tried yet";
        }
        if (stats.isFavorite()) {
            return stats.meanRating().isPresent()
                    ? String.format(
                            Locale.ROOT,
                            "A favorite: done %d %s, rated %.1f",
                            stats.timesCompleted(),
                            times(stats.timesCompleted()),
                            stats.meanRating().getAsDouble())
                    : "A favorite: done every one of the " + stats.timesShown() + " times it was planned";
        }
        if (stats.isProven()) {
            return "Proven for you: done " + stats.timesCompleted() + " of " + stats.timesShown() + " times";
        }
        if (stats.lastDoneAt() != null) {
            long days = ChronoUnit.DAYS.between(stats.lastDoneAt().atZone(zone).toLocalDate(), date);
            return "Due for variety: last done " + ago(days);
        }
        return "Worth another try: done " + stats.timesCompleted() + " of " + stats.timesShown() + " times so far";
    }

    static String bestFit(double score, String archetype, String mode) {
        return String.format(
                Locale.ROOT,
                "Best fit for a %s on a %s-energy day (score %.2f)",
                archetype.replace('_', ' '),
                mode,
                score);
    }

    static String rotationExhausted(String reason, Task task, int windowHours) {
        return reason + " (every fitting " + task.category().value() + " option was used in the last " + windowHours
                + " h, so this is the least recently used)";
    }

    private static String times(int count) {
        return count == 1 ? "time" : "times";
    }

    private static String ago(long days) {
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }
}
