package io.tailor.priors;

import io.tailor.security.CurrentIdentity;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.TaskPrior;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pooled priors this instance plans with: counted again every {@code TAILOR_PRIORS_REFRESH} and on
 * demand, as the service role, and kept in memory until the next count replaces them whole (a small,
 * per-instance copy, safe to lose: another instance counts its own from the same tables). A plan reads
 * them without a database round trip. A count asked for on any instance reaches every other within {@value
 * #FOLLOW_SECONDS} seconds: the asking one raises the requests' generation ({@code priors_refresh_requests}),
 * and each instance counts again when it sees one newer than its last count's. With {@code
 * TAILOR_PRIORS_ENABLED} off nothing is counted and plans get {@link PooledPriors#NONE}: the policies start from
 * the library's fit, as before pooling.
 */
@Component
public class PooledPriorsSource {

    private static final Logger log = LoggerFactory.getLogger(PooledPriorsSource.class);

    private final PriorsStore store;
    private final TransactionTemplate transaction;
    private final PriorsSettings settings;
    private final Clock clock;
    /** How often an instance looks for a count asked for elsewhere: one row read by its key. */
    static final int FOLLOW_SECONDS = 15;

    private volatile @Nullable Refreshed current;

    PooledPriorsSource(PriorsStore store, TransactionTemplate transaction, PriorsSettings settings, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** The priors to plan with: the last count's, or none while pooling is off or nothing was counted yet. */
    public PooledPriors current() {
        Refreshed refreshed = current;
        return settings.enabled() && refreshed != null ? refreshed.priors() : PooledPriors.NONE;
    }

    @Scheduled(fixedDelayString = "${tailor.priors.refresh:PT10M}")
    void tick() {
        if (settings.enabled()) {
            try {
                refresh();
            } catch (RuntimeException e) {
                // the previous count stays in use; the next tick tries again
                log.warn("Counting the pooled priors failed: {}", e.toString());
            }
        }
    }

    /** Counts the priors now, on this instance and, within {@value #FOLLOW_SECONDS} s, on every other; what was counted. */
    Refreshed requestRefresh() {
        CurrentIdentity.runAsSystem(() -> transaction.execute(status -> store.requestRefresh(clock.instant())));
        return refresh();
    }

    @Scheduled(fixedDelay = FOLLOW_SECONDS, initialDelay = FOLLOW_SECONDS, timeUnit = TimeUnit.SECONDS)
    void look() {
        follow();
    }

    /**
     * Counts again when another instance asked for a count this one has not made yet, or when this one has no
     * count at all (its first, at start-up, failed: it is tried again here rather than at the next interval);
     * whether it counted.
     */
    boolean follow() {
        if (!settings.enabled()) {
            return false;
        }
        Refreshed refreshed = current;
        try {
            if (refreshed != null) {
                Long generation =
                        CurrentIdentity.runAsSystem(() -> transaction.execute(status -> store.refreshGeneration()));
                if (generation == null || generation <= refreshed.generation()) {
                    return false;
                }
            }
            refresh();
            return true;
        } catch (RuntimeException e) {
            log.warn("Following a pooled priors' refresh failed: {}", e.toString());
            return false;
        }
    }

    /** Counts the priors now and plans with them from here on; what was counted. */
    Refreshed refresh() {
        Instant now = clock.instant();
        long[] generation = new long[1];
        PriorsStore.Counted counted = CurrentIdentity.runAsSystem(() -> transaction.execute(status -> {
            // read first: a request made while counting is counted again at the next look
            generation[0] = store.refreshGeneration();
            return store.count(now, settings.minUsers());
        }));
        if (counted == null) {
            throw new IllegalStateException("the count returned nothing");
        }
        Refreshed refreshed = new Refreshed(
                now,
                generation[0],
                counted,
                PooledPriors.of(counted.cells(), settings.minUsers()),
                settings.minUsers());
        current = refreshed;
        log.debug(
                "Pooled priors: {} cells of {} users and {} outcomes",
                refreshed.priors().size(),
                counted.users(),
                counted.outcomes());
        return refreshed;
    }

    /** A count, the generation of refresh requests it covers, and the priors made of it. */
    record Refreshed(Instant at, long generation, PriorsStore.Counted counted, PooledPriors priors, int minUsers) {

        /** The cells kept, per cohort. */
        Map<TaskPrior.Cohort, Long> cellsByCohort() {
            return priors.countByCohort();
        }
    }
}
