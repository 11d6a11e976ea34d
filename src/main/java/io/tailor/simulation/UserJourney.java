package io.tailor.simulation;

import io.tailor.estimation.DecisionLine;
import io.tailor.estimation.DecisionSituation;
import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.phase.PhaseRules;
import io.tailor.phase.Transition;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.Outcome;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.Totals;
import io.tailor.selection.Decision;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.Pooling;
import io.tailor.selection.Selection;
import io.tailor.selection.SelectionRequest;
import io.tailor.selection.SelectionStrategy;
import io.tailor.selection.ServingPolicy;
import io.tailor.selection.WelcomeBack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One simulated user living through the weeks under one strategy. Each day the strategy plans the five
 * default categories from the same kind of request the service builds, every planned task gets an
 * outcome from the hidden taste, and each outcome goes through the real profile update and phase
 * rules, on event time: the morning of the plan's day, one hour apart per task. A task not done may go
 * unreported (see {@link TasteModel}); it is learned as <i>not reported</i> at the end of its day, as the
 * service's settlement does. On a day the user is away ({@link Lapses}) nothing is planned; on the first day
 * back the outcomes follow the return's model, and the request says how many days were missed, as the
 * service's does (except for {@link Contender#ADAPTIVE_WITHOUT_WELCOME}). A logged journey also tells each
 * decision, as its log line, with what every candidate of its slot would have come to that day (see {@link
 * LoggedChoice}).
 */
final class UserJourney {

    /** A Monday, so simulated weeks are calendar weeks. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    static final Duration ROTATION_WINDOW = Duration.ofHours(48);
    static final String LIBRARY_VERSION = "v1";
    static final int FIRST_FEEDBACK_HOUR = 9;

    private final SimulatedUser user;
    private final Contender contender;
    private final World world;
    private final RecentCompletions recent = new RecentCompletions();
    private final Set<String> doneBefore = new HashSet<>();
    private final Map<String, Instant> groupLastUsed = new HashMap<>();
    private final @Nullable Consumer<LoggedChoice> log;
    private final PooledPriors priors;
    private final Pooling pooling;
    private final @Nullable Consumer<Shown> shown;
    private PreferenceProfile profile;
    private List<Decision> decisions = List.of();
    private @Nullable Integer firstFeedbackDay;
    private boolean returning;

    private UserJourney(
            SimulatedUser user,
            Contender contender,
            World world,
            @Nullable Consumer<LoggedChoice> log,
            PooledPriors priors,
            Pooling pooling,
            @Nullable Consumer<Shown> shown) {
        this.user = user;
        this.contender = contender;
        this.world = world;
        this.log = log;
        this.priors = priors;
        this.pooling = pooling;
        this.shown = shown;
        this.profile = PreferenceProfile.empty(new ProfileHeader(
                user.id(), ZoneOffset.UTC, LearningPhase.DISCOVERY, planTime(START), null, 0, Totals.NONE));
    }

    /** One tally per week; {@code days} holds whole weeks. */
    static List<WeekTally> live(SimulatedUser user, Contender contender, World world, List<DayDraws> days) {
        return live(user, contender, world, days, PooledPriors.NONE, Pooling.SERVED);
    }

    /** As {@link #live}; a pooled contender's requests carry {@code priors}, which it holds as {@code pooling} says. */
    static List<WeekTally> live(
            SimulatedUser user,
            Contender contender,
            World world,
            List<DayDraws> days,
            PooledPriors priors,
            Pooling pooling) {
        return live(new UserJourney(user, contender, world, null, priors, pooling, null), days);
    }

    /** As {@link #live}, telling each planned task's outcome, as the pooled priors' aggregate counts it. */
    static List<WeekTally> counted(
            SimulatedUser user, Contender contender, World world, List<DayDraws> days, Consumer<Shown> shown) {
        return live(new UserJourney(user, contender, world, null, PooledPriors.NONE, Pooling.SERVED, shown), days);
    }

    /** As {@link #live}, with a contender that serves through a {@link ServingPolicy}, telling each choice. */
    static List<WeekTally> logged(
            SimulatedUser user, Contender contender, World world, List<DayDraws> days, Consumer<LoggedChoice> log) {
        return live(new UserJourney(user, contender, world, log, PooledPriors.NONE, Pooling.SERVED, null), days);
    }

    private static List<WeekTally> live(UserJourney journey, List<DayDraws> days) {
        SimulatedUser user = journey.user;
        World world = journey.world;
        List<WeekTally> weeks = new ArrayList<>();
        for (int week = 0; week < days.size() / 7; week++) {
            Week tally = new Week();
            for (int day = week * 7; day < week * 7 + 7; day++) {
                journey.live(day, days.get(day), tally);
            }
            weeks.add(tally.close(journey.profile, planTime(START.plusDays(week * 7L + 7)), user, world.model()));
        }
        return weeks;
    }

    private void live(int day, DayDraws draws, Week week) {
        if (draws.isAway()) {
            week.recordAway();
            returning = true;
            return;
        }
        Instant planTime = planTime(START.plusDays(day));
        List<Selection> plan = plan(day);
        List<Task> unreported = new ArrayList<>();
        for (int slot = 0; slot < plan.size(); slot++) {
            Task task = plan.get(slot).task();
            groupLastUsed.merge(task.variationGroup(), planTime, (was, now) -> was.isAfter(now) ? was : now);
            Outcome outcome = outcome(task, day, draws, slot, planTime);
            if (returning) {
                week.recordReturn(outcome.completed());
            }
            if (outcome.completed()) {
                recent.add(task.id(), day);
                doneBefore.add(task.id());
            }
            boolean notReported = !outcome.completed() && world.model().unreported(user.ignoreChance(), draws, slot);
            if (log != null) {
                log.accept(logged(day, draws, slot, outcome, notReported));
            }
            if (shown != null) {
                shown.accept(new Shown(task.id(), outcome.completed(), outcome.rating()));
            }
            if (notReported) {
                week.recordNotReported(task);
                unreported.add(task);
            } else {
                week.record(task, outcome);
                learn(task, outcome);
            }
        }
        returning = false;
        if (firstFeedbackDay == null && unreported.size() < plan.size()) {
            firstFeedbackDay = day;
        }
        Instant dayEnded = planTime.plus(Duration.ofDays(1));
        for (Task task : unreported) {
            profile = profile.learnNotReported(Optional.of(task.id()), task.category(), dayEnded);
        }
    }

    /** The day's plan from the same request the service builds, with the strategy of the day. */
    private List<Selection> plan(int day) {
        LocalDate date = START.plusDays(day);
        SelectionRequest request = new SelectionRequest(
                profile,
                user.archetype(),
                user.mode(),
                date,
                planTime(date),
                world.library(),
                groupLastUsed,
                ROTATION_WINDOW,
                LIBRARY_VERSION,
                contender.pooled() ? priors : PooledPriors.NONE,
                contender.welcomes()
                        ? WelcomeBack.daysMissed(profile.header().totals().lastActivityAt(), ZoneOffset.UTC, date)
                        : null);
        SelectionStrategy strategy = contender.strategy(
                pooling,
                user::liking,
                task -> user.cohortLiking(task, world),
                task -> world.model().chance(user.liking(task), recentCompletions(task, day), shift(task)));
        if (log != null && strategy instanceof ServingPolicy serving) {
            decisions = serving.decide(Category.DAILY_DEFAULT, request);
            return decisions.stream().map(Decision::selection).toList();
        }
        return strategy.plan(Category.DAILY_DEFAULT, request);
    }

    /**
     * The slot's decision as its log line, and whether each candidate would have been done in its place:
     * the same taste, boredom and draws as the chosen one's, so the counterfactuals are exact.
     */
    private LoggedChoice logged(int day, DayDraws draws, int slot, Outcome outcome, boolean notReported) {
        Decision decision = decisions.get(slot);
        boolean[] completes = new boolean[decision.tasks().size()];
        for (int i = 0; i < completes.length; i++) {
            Task task = decision.tasks().get(i);
            completes[i] =
                    world.model().completes(user.liking(task), recentCompletions(task, day), draws, slot, shift(task));
        }
        LocalDate date = START.plusDays(day);
        DecisionSituation situation = new DecisionSituation(
                user.id() + "/" + day + "/" + slot,
                planTime(date),
                user.id(),
                user.archetype(),
                user.mode(),
                date,
                firstFeedbackDay == null ? null : day - firstFeedbackDay,
                LIBRARY_VERSION);
        DecisionLine.Outcome kind = outcome.completed()
                ? DecisionLine.Outcome.DONE
                : notReported ? DecisionLine.Outcome.NOT_REPORTED : DecisionLine.Outcome.SKIPPED;
        return new LoggedChoice(DecisionLine.of(decision, situation, kind, outcome.rating()), completes);
    }

    private Outcome outcome(Task task, int day, DayDraws draws, int slot, Instant planTime) {
        double liking = user.liking(task);
        boolean completed = world.model().completes(liking, recentCompletions(task, day), draws, slot, shift(task));
        @Nullable Integer rating = completed ? world.model().rating(liking, draws, slot) : null;
        return new Outcome(completed, rating, planTime.plus(Duration.ofHours(FIRST_FEEDBACK_HOUR + slot)));
    }

    /** What the first day back does to the log-odds of doing the task; 0 on any other day. */
    private double shift(Task task) {
        return returning ? Lapses.returnShift(task, doneBefore.contains(task.id()), world) : 0;
    }

    private int recentCompletions(Task task, int day) {
        return recent.count(task.id(), day, world.model().boredomDays());
    }

    /** What the feedback service does per outcome: learn, then apply every phase transition now due. */
    private void learn(Task task, Outcome outcome) {
        profile = profile.learn(Optional.of(task.id()), task.category(), outcome);
        for (Transition transition : PhaseRules.due(profile.header(), world.criteria())) {
            profile = profile.withHeader(profile.header().advancedTo(transition.to(), transition.at()));
        }
    }

    /** A planned task and whether it was done: not reported counts as not done, as the service's aggregate counts it. */
    record Shown(String taskId, boolean done, @Nullable Integer rating) {}

    private static Instant planTime(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
