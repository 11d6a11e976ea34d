package io.tailor.profile;

import io.tailor.security.CurrentIdentity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns planned items still pending when their day ended into <i>not reported</i> for learning: weak
 * negative evidence on the task and its category ({@link TaskStats#recordNotReported}). A bounded
 * background job rather than work on the request path: each tick is one statement,
 * {@code settle_not_reported()} ({@code R__settle_not_reported.sql}), that settles at most {@code batch-size} plans, oldest
 * day first, through a partial index of unsettled plans, so neither requests nor ticks grow with
 * history. Instances share the work: a plan another instance holds is skipped. Summaries and metrics
 * do not wait for it; they count not reported from the plans themselves.
 */
@Component
public class NotReportedSettlement {

    private static final Logger log = LoggerFactory.getLogger(NotReportedSettlement.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SettlementSettings settings;
    private final Clock clock;

    NotReportedSettlement(JdbcClient jdbc, TransactionTemplate transaction, SettlementSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tailor.settlement.interval:PT5M}", initialDelayString = "PT1M")
    void tick() {
        if (settings.enabled()) {
            int items = settle(clock.instant());
            log.debug("Settled {} not-reported plan items", items);
        }
    }

    /**
     * Settles up to {@code batch-size} plans whose day ended by {@code now} in their user's zone, as the
     * service role, in one transaction; returns how many pending items became not reported.
     */
    public int settle(Instant now) {
        Integer items = CurrentIdentity.runAsSystem(
                () -> transaction.execute(status -> jdbc.sql("select settle_not_reported(:now, :limit, :weight)")
                        .param("now", Timestamp.from(now))
                        .param("limit", settings.batchSize())
                        .param("weight", Evidence.NOT_REPORTED_WEIGHT)
                        .query(Integer.class)
                        .single()));
        return items == null ? 0 : items;
    }
}
