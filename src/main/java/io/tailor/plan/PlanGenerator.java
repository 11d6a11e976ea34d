package io.tailor.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.config.FeatureFlags;
import io.tailor.decision.LoggedDecision;
import io.tailor.experiment.Arm;
import io.tailor.experiment.ArmPolicy;
import io.tailor.experiment.RunningExperiment;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.library.TimeOfDay;
import io.tailor.phase.PhaseCriteria;
import io.tailor.phase.PhaseRules;
import io.tailor.priors.PooledPriorsSource;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.selection.AdaptivePolicy;
import io.tailor.selection.Decision;
import io.tailor.selection.LibraryPolicy;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.RecentUses;
import io.tailor.selection.SelectionRequest;
import io.tailor.selection.ServingPolicy;
import io.tailor.selection.WelcomeBack;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spec's "Integration TODO 1": one plan per user and date. With {@code ENABLE_DYNAMIC_PLANS} it comes
 * from the adaptive selector ({@code ADAPTIVE_LEARNING_ENABLED}) or else library scoring with rotation;
 * without it, from the fallback source, whatever the adaptive flag says. Regenerating keeps the items
 * already reported and plans afresh only the categories whose items were pending, never offering again
 * a task done that day. A new plan is two statements in one transaction: one reads everything under
 * the user's plan lock, one writes the plan, its items and its rotation marks. The choice between them
 * is pure Java, so when the dynamic path fails nothing of it has reached the database: the fallback plan
 * is written instead, and the failure is logged, counted and kept on the plan. While an experiment runs, every
 * plan, whatever its date, is served by the user's arm's policy instead of the flags' choice (with the same
 * exploration floor, and only while dynamic plans are on), and the plan and each logged decision name the
 * arm; a fallback plan keeps the arm too, its decisions logged as the fallback's. The learning policies start
 * from the pooled priors this instance holds ({@link PooledPriorsSource}): no extra statement. The chosen tasks
 * are placed in time blocks where the user completes, spread over the day ({@link TimeBlocks}), from counts
 * {@code plan_context()} reads in the same first statement.
 */
@Service
class PlanGenerator {

    private static final Logger log = LoggerFactory.getLogger(PlanGenerator.class);

    private final PlanStore plans;
    private final TaskLibrary library;
    private final FallbackPlanSource fallback;
    private final FeatureFlags flags;
    private final MeterRegistry meters;
    private final Clock clock;
    private final double explorationFloor;
    private final PooledPriorsSource priors;
    private final PhaseCriteria criteria;

    PlanGenerator(
            PlanStore plans,
            TaskLibrary library,
            FallbackPlanSource fallback,
            FeatureFlags flags,
            MeterRegistry meters,
            Clock clock,
            PlanSettings settings,
            PooledPriorsSource priors) {
        this.plans = plans;
        this.library = library;
        this.fallback = fallback;
        this.flags = flags;
        this.meters = meters;
        this.clock = clock;
        this.explorationFloor = settings.explorationFloor();
        this.priors = priors;
        this.criteria = PhaseCriteria.from(flags);
    }

    @Transactional
    Generated generate(Order order) {
        PlanContext context =
                plans.context(order.userId(), PlanStore.Days.meant(order.date(), clock), flags.rotationWindow());
        PreferenceProfile stored = context.profile().orElseGet(() -> newcomer(order.userId()));
        LocalDate date = order.date().orElseGet(() -> today(stored.header().timezone()));
        Optional<PlanView> existing = context.planOn(date);
        if (existing.isPresent() && !order.regenerate()) {
            return new Generated(existing.get(), false);
        }
        Instant planTime = date.atStartOfDay(stored.header().timezone()).toInstant();
        // the phase the days up to the plan's day have brought the user to, though no feedback has recorded it yet
        PreferenceProfile profile = stored.withHeader(PhaseRules.asOf(stored.header(), criteria, planTime));
        ReportedItems reported = ReportedItems.of(existing);
        Optional<Assigned> assigned = context.experiment().map(experiment -> Assigned.of(experiment, order.userId()));
        TaskLibrary.Snapshot snapshot = library.snapshot();
        LoggedDecision.Context logged = new LoggedDecision.Context(
                profile.header().phase(),
                order.archetype(),
                order.mode(),
                date,
                profile.header().timezone(),
                profile.header().totals().firstActivityAt(),
                profile.header().totals().knownCompletionRate(),
                snapshot.version(),
                assigned.map(Assigned::logged).orElse(null),
                daysMissed(existing, profile, date));
        Choice choice = choose(profile, context, reported, order, date, planTime, logged, assigned, snapshot);
        PlanView plan = plans.save(new PlanStore.NewPlan(
                order.userId(),
                date,
                order.archetype(),
                order.mode(),
                choice.source(),
                profile.header().phase(),
                choice.failure(),
                choice.tasks(),
                choice.decisions(),
                planTime,
                clock.instant(),
                logged,
                choice.welcomeBack()));
        meters.counter("tailor.plans", "source", choice.source().value()).increment();
        return new Generated(plan, true);
    }

    /**
     * The days missed before the plan's day ({@link WelcomeBack#daysMissed}); a regenerated welcome back keeps
     * its count, as a report made since on the day would otherwise make it 0.
     */
    private static @Nullable Integer daysMissed(
            Optional<PlanView> existing, PreferenceProfile profile, LocalDate date) {
        PlanView.Welcome welcome = existing.map(PlanView::welcomeBack).orElse(null);
        return welcome != null
                ? Integer.valueOf(welcome.daysMissed())
                : WelcomeBack.daysMissed(
                        profile.header().totals().lastActivityAt(),
                        profile.header().timezone(),
                        date);
    }

    /** The user's plan for a date (default: today in their zone), in one statement. */
    @Transactional(readOnly = true)
    Optional<PlanView> find(String userId, Optional<LocalDate> date) {
        PlanStore.Stored stored = plans.stored(userId, PlanStore.Days.meant(date, clock));
        return stored.on(date.orElseGet(() -> today(stored.zone())));
    }

    private Choice choose(
            PreferenceProfile profile,
            PlanContext context,
            ReportedItems reported,
            Order asked,
            LocalDate date,
            Instant planTime,
            LoggedDecision.Context logged,
            Optional<Assigned> assigned,
            TaskLibrary.Snapshot snapshot) {
        Order order = reported.open(asked);
        Optional<Dynamic> dynamic = dynamic(assigned);
        if (dynamic.isEmpty()) {
            return fallback(order, date, null, logged);
        }
        // Outside the try: a database error aborts the transaction, so no fallback could be written after it.
        // A task done that day, reported with a plan item or without, is not offered again that day.
        Set<String> done = context.doneOn(date);
        List<Task> tasks = snapshot.active(Optional.empty()).stream()
                .filter(task -> !done.contains(task.id()))
                .toList();
        try {
            return select(
                    dynamic.get(),
                    request(profile, context, order, date, planTime, tasks, logged.libraryVersion())
                            .withPriors(priorsFor(assigned))
                            .withDaysMissed(logged.daysMissed()),
                    order.categories(),
                    logged,
                    context.timeBlocks(),
                    reported.blocks());
        } catch (RuntimeException e) {
            log.warn("Dynamic plan for {} on {} failed, serving the fallback: {}", order.userId(), date, e.toString());
            meters.counter(
                            "tailor.plans.fallbacks",
                            "after",
                            dynamic.get().source().value())
                    .increment();
            return fallback(order, date, dynamic.get().source().value() + ": " + e.getMessage(), logged);
        }
    }

    /**
     * No dynamic plan at all without {@code ENABLE_DYNAMIC_PLANS}; with it, the experiment arm's policy, else
     * adaptive or library scoring.
     */
    private Optional<Dynamic> dynamic(Optional<Assigned> assigned) {
        if (!flags.enableDynamicPlans()) {
            return Optional.empty();
        }
        if (assigned.isPresent()) {
            ArmPolicy policy = assigned.get().arm().policy();
            return Optional.of(new Dynamic(
                    new ServingPolicy(policy.policy(), explorationFloor),
                    Named.parse(PlanSource.class, "source", policy.value())));
        }
        return Optional.of(
                flags.adaptiveLearningEnabled()
                        ? new Dynamic(new ServingPolicy(new AdaptivePolicy(), explorationFloor), PlanSource.ADAPTIVE)
                        : new Dynamic(new ServingPolicy(new LibraryPolicy(), explorationFloor), PlanSource.LIBRARY));
    }

    private SelectionRequest request(
            PreferenceProfile profile,
            PlanContext context,
            Order order,
            LocalDate date,
            Instant planTime,
            List<Task> tasks,
            String libraryVersion) {
        Duration window = flags.rotationWindow();
        // Marks later than this are plans made ahead for days not yet lived: they do not hold this plan back.
        Instant horizon = planTime.isAfter(clock.instant()) ? planTime : clock.instant();
        Map<String, Instant> plannedNearby =
                context.groupsPlannedAround(date, window, profile.header().timezone(), horizon);
        return new SelectionRequest(
                profile,
                order.archetype(),
                order.mode(),
                date,
                planTime,
                tasks,
                RecentUses.forPlan(context.lastUsed(), plannedNearby, planTime, horizon, window),
                window,
                libraryVersion,
                PooledPriors.NONE,
                null);
    }

    /**
     * The pooled priors, except for a user in an experiment arm that does not learn: a holdout measures
     * Tailor without learning shared across users, in what it reads as in what it gives.
     */
    private PooledPriors priorsFor(Optional<Assigned> assigned) {
        return assigned.map(a -> a.arm().learns()).orElse(true) ? priors.current() : PooledPriors.NONE;
    }

    /** The decisions' tasks placed in time blocks ({@link TimeBlocks}) and ordered by them, morning first. */
    private static Choice select(
            Dynamic dynamic,
            SelectionRequest request,
            List<Category> categories,
            LoggedDecision.Context logged,
            TimeBlocks timeBlocks,
            List<TimeOfDay> taken) {
        Integer missed = request.daysMissed();
        boolean welcome = dynamic.strategy().policy().welcomesBack() && missed != null && missed >= 1;
        List<Decision> decided = dynamic.strategy().decide(categories, request);
        List<TimeOfDay> blocks = timeBlocks.place(
                decided.stream().map(decision -> decision.selection().task()).toList(), taken);
        List<Integer> order = IntStream.range(0, decided.size())
                .boxed()
                .sorted(Comparator.comparing(blocks::get))
                .toList();
        return new Choice(
                dynamic.source(),
                order.stream()
                        .map(i -> PlannedTask.of(
                                decided.get(i).selection().task(),
                                blocks.get(i),
                                decided.get(i).selection().reason()))
                        .toList(),
                order.stream()
                        .map(i -> LoggedDecision.of(decided.get(i), logged))
                        .toList(),
                null,
                welcome ? missed : null);
    }

    private Choice fallback(Order order, LocalDate date, @Nullable String failure, LoggedDecision.Context logged) {
        List<PlannedTask> tasks = fallback.plan(new FallbackPlanSource.Request(
                order.userId(), date, order.archetype(), order.mode(), order.categories()));
        List<LoggedDecision> decisions = tasks.stream()
                .map(task -> LoggedDecision.fallback(task.taskLibraryId(), task.taskName(), task.category(), logged))
                .toList();
        return new Choice(PlanSource.FALLBACK, tasks, decisions, failure, null);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private PreferenceProfile newcomer(String userId) {
        return PreferenceProfile.empty(ProfileHeader.newcomer(userId, ZoneOffset.UTC, clock.instant()));
    }

    /** A validated request. */
    record Order(
            String userId,
            Archetype archetype,
            EnergyMode mode,
            Optional<LocalDate> date,
            List<Category> categories,
            boolean regenerate) {

        Order withCategories(List<Category> planned) {
            return new Order(userId, archetype, mode, date, planned, regenerate);
        }
    }

    record Generated(PlanView plan, boolean created) {}

    private record Dynamic(ServingPolicy strategy, PlanSource source) {}

    /** The user's arm of the running experiment. */
    private record Assigned(RunningExperiment experiment, Arm arm) {

        static Assigned of(RunningExperiment experiment, String userId) {
            return new Assigned(experiment, experiment.armFor(userId));
        }

        LoggedDecision.Arm logged() {
            return new LoggedDecision.Arm(experiment.id(), arm.name(), arm.learns());
        }
    }

    /** The tasks to plan, each with its logged decision (the same order), and the days a welcome back is for. */
    private record Choice(
            PlanSource source,
            List<PlannedTask> tasks,
            List<LoggedDecision> decisions,
            @Nullable String failure,
            @Nullable Integer welcomeBack) {}
}
