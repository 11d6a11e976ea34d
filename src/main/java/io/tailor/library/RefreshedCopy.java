package io.tailor.library;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a lifetime; the first read after it reads the value again,
 * while reads that arrive during that reload get the previous copy (Caffeine's {@code refreshAfterWrite}
 * on one key), so an expired copy costs one reload, not one per request.
 *
 * <p>The reload runs on the thread of the read that triggers it ({@code Runnable::run}), inside its
 * transaction and as its identity: on a pool thread it would run as the pool's login role, which may read
 * no table. A copy also expires after twice its lifetime ({@code expireAfterWrite}): refresh failures are
 * only logged, and a database that keeps failing must fail the reads too rather than serve an ever older
 * library.
 */
final class RefreshedCopy<T> {

    private static final String KEY = "copy";

    private final LoadingCache<String, T> cache;

    RefreshedCopy(Supplier<T> read, Duration lifetime, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .refreshAfterWrite(lifetime)
                .expireAfterWrite(lifetime.multipliedBy(2))
                .build(key -> read.get());
    }

    /** Time as the given clock tells it, so that tests and the simulator can move it. */
    static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        };
    }

    T get() {
        return cache.get(KEY);
    }

    /** Drops the copy, so that the next read reads the value anew. */
    void forget() {
        cache.invalidateAll();
    }
}
