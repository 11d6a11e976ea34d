package io.tailor.priors;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code TAILOR_PRIORS_ENABLED}: whether plans start from what other users did (off: nothing is counted or
 * read, and the refresh endpoint answers that it is off). {@code TAILOR_PRIORS_REFRESH}: how often each
 * instance counts again. {@code TAILOR_PRIORS_MIN_USERS}: the fewest users a cell needs to be kept at all.
 */
@ConfigurationProperties("tailor.priors")
record PriorsSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10m") Duration refresh,
        @DefaultValue("20") int minUsers) {

    /** Fewer users than this would let a cell tell too much about each of them. */
    static final int LEAST_MIN_USERS = 5;

    /** The outcomes counted: the last 28 days' plans, two half-lives of a user's own evidence. */
    static final int WINDOW_DAYS = 28;

    PriorsSettings {
        if (refresh.compareTo(Duration.ofSeconds(10)) < 0 || refresh.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException(
                    "tailor.priors.refresh (TAILOR_PRIORS_REFRESH) must be 10s to a day, got " + refresh);
        }
        if (minUsers < LEAST_MIN_USERS || minUsers > 1_000_000) {
            throw new IllegalArgumentException("tailor.priors.min-users (TAILOR_PRIORS_MIN_USERS) must be "
                    + LEAST_MIN_USERS + " to 1000000, got " + minUsers);
        }
    }
}
