package io.tailor.feedback;

import io.tailor.security.CurrentIdentity;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Drops idempotent replies older than their 24 hours, so the table stays as small as a day's retries. */
@Component
class IdempotencyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IdempotencyPurge(IdempotencyStore store, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        Integer purged =
                CurrentIdentity.runAsSystem(() -> transaction.execute(status -> store.clear(null, clock.instant())));
        log.debug("Purged {} expired idempotent replies", purged);
    }
}
