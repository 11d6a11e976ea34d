package io.tailor.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.config.FeatureFlags;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.RotationState;
import io.tailor.library.TaskLibrary;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.ProfileStore;
import io.tailor.profile.Totals;
import io.tailor.selection.AdaptiveSelector;
import io.tailor.selection.BestFitSelector;
import io.tailor.selection.RecentUses;
import io.tailor.selection.Selection;
import io.tailor.selection.SelectionRequest;
import io.tailor.selection.SelectionStrategy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spec's "Integration TODO 1": one plan per user and date, from the adaptive selector
 * ({@code ADAPTIVE_LEARNING_ENABLED}), else library scoring with rotation ({@code ENABLE_DYNAMIC_PLANS}),
 * else the fallback source. When the dynamic path fails, its work is rolled back to a savepoint, the
 * fallback serves, and the failure is logged, counted and kept on the plan.
 */
@Service
class PlanGenerator {

    private static final Logger log = LoggerFactory.getLogger(PlanGenerator.class);

    private final ProfileStore profiles;
    private final TaskLibrary library;
    private final RotationState rotation;
    private final PlanStore plans;
    private final FallbackPlanSource fallback;
    private final FeatureFlags flags;
    private final TransactionTemplate savepoint;
    private final MeterRegistry meters;
    private final Clock clock;

    PlanGenerator(
            ProfileStore profiles,
            TaskLibrary library,
            RotationState rotation,
            PlanStore plans,
            FallbackPlanSource fallback,
            FeatureFlags flags,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            Clock clock) {
        this.profiles = profiles;
        this.library = library;
        this.rotation = rotation;
        this.plans = plans;
        this.fallback = fallback;
        this.flags = flags;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    Generated generate(Order order) {
        plans.lockUser(order.userId());
        PreferenceProfile profile = profiles.load(order.userId()).orElseGet(() -> newcomer(order.userId()));
        LocalDate date = order.date()
                .orElseGet(() -> LocalDate.now(clock.withZone(profile.header().timezone())));
        Optional<PlanView> existing = plans.find(order.userId(), date);
        if (existing.isPresent() && !order.regenerate()) {
            return new Generated(existing.get(), false);
        }
        existing.ifPresent(plan -> plans.delete(plan.planId()));
        Instant planTime = date.atStartOfDay(profile.header().timezone()).toInstant();
        Choice choice = choose(profile, order, date, planTime);
        PlanView plan = plans.save(new PlanStore.NewPlan(
                order.userId(),
                date,
                order.archetype(),
                order.mode(),
                choice.source(),
                profile.header().phase(),
                choice.failure(),
                choice.tasks()));
        meters.counter("tailor.plans", "source", choice.source().value()).increment();
        return new Generated(plan, true);
    }

    /** The user's plan for a date (default: today in their zone). */
    @Transactional(readOnly = true)
    Optional<PlanView> find(String userId, Optional<LocalDate> date) {
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock.withZone(
                profiles.find(userId).map(ProfileHeader::timezone).orElse(ZoneOffset.UTC))));
        return plans.find(userId, day);
    }

    private Choice choose(PreferenceProfile profile, Order order, LocalDate date, Instant planTime) {
        Optional<Dynamic> dynamic = flags.adaptiveLearningEnabled()
                ? Optional.of(new Dynamic(new AdaptiveSelector(), PlanSource.ADAPTIVE))
                : flags.enableDynamicPlans()
                        ? Optional.of(new Dynamic(new BestFitSelector(), PlanSource.LIBRARY))
                        : Optional.empty();
        if (dynamic.isEmpty()) {
            return fallback(order, date, null);
        }
        try {
            return savepoint.execute(status -> select(dynamic.get(), profile, order, date, planTime));
        } catch (RuntimeException e) {
            log.warn("Dynamic plan for {} on {} failed, serving the fallback: {}", order.userId(), date, e.toString());
            meters.counter(
                            "tailor.plans.fallbacks",
                            "after",
                            dynamic.get().source().value())
                    .increment();
            return fallback(order, date, dynamic.get().source().value() + ": " + e.getMessage());
        }
    }

    private Choice select(Dynamic dynamic, PreferenceProfile profile, Order order, LocalDate date, Instant planTime) {
        SelectionRequest request = new SelectionRequest(
                profile,
                order.archetype(),
                order.mode(),
                date,
                planTime,
                library.active(Optional.empty()),
                RecentUses.forPlan(
                        rotation.lastUsed(order.userId()),
                        plans.groupsPlannedAround(
                                order.userId(),
                                date,
                                flags.rotationWindow(),
                                profile.header().timezone()),
                        planTime,
                        flags.rotationWindow()),
                flags.rotationWindow(),
                flags.taskLibraryVersion());
        List<Selection> selections = dynamic.strategy().plan(order.categories(), request);
        rotation.markUsed(
                order.userId(), selections.stream().map(Selection::task).toList(), planTime);
        List<PlannedTask> tasks = selections.stream()
                .map(selection -> PlannedTask.of(selection.task(), selection.reason()))
                .sorted(java.util.Comparator.comparing(PlannedTask::timeBlock))
                .toList();
        return new Choice(dynamic.source(), tasks, null);
    }

    private Choice fallback(Order order, LocalDate date, @Nullable String failure) {
        List<PlannedTask> tasks = fallback.plan(new FallbackPlanSource.Request(
                order.userId(), date, order.archetype(), order.mode(), order.categories()));
        return new Choice(PlanSource.FALLBACK, tasks, failure);
    }

    private PreferenceProfile newcomer(String userId) {
        return PreferenceProfile.empty(new ProfileHeader(
                userId, ZoneOffset.UTC, LearningPhase.DISCOVERY, clock.instant(), null, 0, Totals.NONE));
    }

    /** A validated request. */
    record Order(
            String userId,
            Archetype archetype,
            EnergyMode mode,
            Optional<LocalDate> date,
            List<Category> categories,
            boolean regenerate) {}

    record Generated(PlanView plan, boolean created) {}

    private record Dynamic(SelectionStrategy strategy, PlanSource source) {}

    private record Choice(PlanSource source, List<PlannedTask> tasks, @Nullable String failure) {}
}
