package io.tailor.simulation;

import io.tailor.library.Task;
import io.tailor.selection.AdaptivePolicy;
import io.tailor.selection.LibraryPolicy;
import io.tailor.selection.Pooling;
import io.tailor.selection.SelectionStrategy;
import io.tailor.selection.ServingPolicy;
import io.tailor.selection.StaticPolicy;
import io.tailor.selection.ThompsonPolicy;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The strategies compared, in report order; all but the oracle are what the service can run. */
enum Contender {
    /** The same best-scored plan every day, no rotation: the app before dynamic plans. */
    STATIC,
    /** Library scoring with the rotation window ({@code ENABLE_DYNAMIC_PLANS}). */
    LIBRARY,
    /** The spec's learning phases ({@code ADAPTIVE_LEARNING_ENABLED}). */
    ADAPTIVE,
    /** Adaptive without a welcome back: its requests do not say how many days the user missed. */
    ADAPTIVE_WITHOUT_WELCOME,
    /** Thompson sampling (an experiment arm's {@code thompson} policy). */
    THOMPSON,
    /** Adaptive starting from pooled priors: what users before did ({@code TAILOR_PRIORS_ENABLED}). */
    ADAPTIVE_POOLED,
    /** Thompson sampling whose Beta priors are the pooled priors. */
    THOMPSON_POOLED,
    /**
     * Knows the hidden tastes but not boredom; the same rotation rules. What any learner that does not
     * model boredom could reach at best: it splits the oracle's lead into learning and boredom.
     */
    TASTE_ORACLE,
    /**
     * Knows what the best pooled prior could: the taste a typical user of the archetype and mode has (the
     * common taste at weight 1, the fits, low energy's effort), not the user's own; never learns, ignores
     * boredom. What a user's cohort alone can tell: how far pooling can go without exploring.
     */
    COHORT_ORACLE,
    /** Knows the hidden tastes and boredom; the same rotation rules. The upper bound. */
    ORACLE;

    /** The comparison of the strategies, each from a user's first day without pooling. */
    static final List<Contender> COMPARED = List.of(STATIC, LIBRARY, ADAPTIVE, THOMPSON, TASTE_ORACLE, ORACLE);

    /** Users who lapse: the comparison, with adaptive also without its welcome back. */
    static final List<Contender> LAPSING =
            List.of(STATIC, LIBRARY, ADAPTIVE, ADAPTIVE_WITHOUT_WELCOME, THOMPSON, TASTE_ORACLE, ORACLE);

    /** Users arriving after others: the learners with and without pooled priors, and the oracles. */
    static final List<Contender> ARRIVING =
            List.of(ADAPTIVE, ADAPTIVE_POOLED, THOMPSON, THOMPSON_POOLED, COHORT_ORACLE, TASTE_ORACLE, ORACLE);

    // the app before dynamic plans had no exploration; what the service serves keeps its default floor
    private static final SelectionStrategy STATIC_PLAN = new ServingPolicy(new StaticPolicy(), 0);
    private static final SelectionStrategy BEST_FIT =
            new ServingPolicy(new LibraryPolicy(), ServingPolicy.DEFAULT_FLOOR);
    private static final SelectionStrategy PHASES =
            new ServingPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR);
    private static final SelectionStrategy SAMPLING =
            new ServingPolicy(new ThompsonPolicy(), ServingPolicy.DEFAULT_FLOOR);

    /** Whether its requests carry the pooled priors. */
    boolean pooled() {
        return this == ADAPTIVE_POOLED || this == THOMPSON_POOLED;
    }

    /** Whether its requests carry the days missed, as the service's do. */
    boolean welcomes() {
        return this != ADAPTIVE_WITHOUT_WELCOME;
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The strategy for one day. A pooled learner holds its priors as {@code pooling} says (as served: the
     * service's own policies). Only the oracles read the hidden side: the user's {@code liking} of a
     * task, a typical user's like them ({@code cohortLiking}), and their true {@code chanceToday} of doing
     * it, boredom included.
     */
    SelectionStrategy strategy(
            Pooling pooling,
            ToDoubleFunction<Task> liking,
            ToDoubleFunction<Task> cohortLiking,
            ToDoubleFunction<Task> chanceToday) {
        boolean served = pooling.equals(Pooling.SERVED);
        return switch (this) {
            case STATIC -> STATIC_PLAN;
            case LIBRARY -> BEST_FIT;
            case ADAPTIVE, ADAPTIVE_WITHOUT_WELCOME -> PHASES;
            case ADAPTIVE_POOLED ->
                served ? PHASES : new ServingPolicy(new AdaptivePolicy(pooling), ServingPolicy.DEFAULT_FLOOR);
            case THOMPSON -> SAMPLING;
            case THOMPSON_POOLED ->
                served
                        ? SAMPLING
                        : new ServingPolicy(
                                new ThompsonPolicy(ThompsonPolicy.REPLAYS, pooling), ServingPolicy.DEFAULT_FLOOR);
            case TASTE_ORACLE -> new OracleSelector(liking);
            case COHORT_ORACLE -> new OracleSelector(cohortLiking);
            case ORACLE -> new OracleSelector(chanceToday);
        };
    }
}
