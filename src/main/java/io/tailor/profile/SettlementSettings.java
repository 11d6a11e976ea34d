package io.tailor.profile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The not-reported settlement job ({@link NotReportedSettlement}): whether it ticks ({@code
 * TAILOR_SETTLEMENT_ENABLED}), the pause between ticks ({@code TAILOR_SETTLEMENT_INTERVAL}) and the most
 * plans one tick settles ({@code TAILOR_SETTLEMENT_BATCH_SIZE}).
 */
@ConfigurationProperties("tailor.settlement")
record SettlementSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT5M") Duration interval,
        @DefaultValue("500") int batchSize) {

    SettlementSettings {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("tailor.settlement.batch-size must be 1-10000, got " + batchSize);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("tailor.settlement.interval must be positive, got " + interval);
        }
    }
}
