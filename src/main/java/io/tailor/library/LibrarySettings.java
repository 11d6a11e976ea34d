package io.tailor.library;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code TAILOR_LIBRARY_CACHE_TTL}: how long each instance keeps the task library it read. A change made
 * to {@code task_library} (a new version seeded by another instance, or an operator's SQL) reaches every
 * instance within this time: the first read after it reloads and sees the change, and only reads during
 * that one reload get the previous copy ({@link RefreshedCopy}). A minute costs one read of about 50 rows
 * per instance a minute.
 */
@ConfigurationProperties("tailor.library")
public record LibrarySettings(@DefaultValue("1m") Duration cacheTtl) {

    public LibrarySettings {
        if (cacheTtl.isNegative() || cacheTtl.isZero() || cacheTtl.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException(
                    "tailor.library.cache-ttl (TAILOR_LIBRARY_CACHE_TTL) must be positive and at most a day, got "
                            + cacheTtl);
        }
    }
}
