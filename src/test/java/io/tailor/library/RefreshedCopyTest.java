package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The library's copy is read again once it is older than its lifetime, by one reader while the others keep
 * the previous copy, and never served when older than twice the lifetime.
 */
class RefreshedCopyTest {

    private static final Duration LIFETIME = Duration.ofSeconds(5);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger version = new AtomicInteger(1);

    @Test
    void readsTheValueOnceWithinTheLifetime() {
        RefreshedCopy<Integer> copy = copyOf(this::readVersion);

        assertThat(copy.get()).isEqualTo(1);
        version.set(2);
        advance(LIFETIME);
        assertThat(copy.get()).as("a copy exactly one lifetime old").isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void theFirstReadAfterTheLifetimeReadsAgainAndSeesTheChange() {
        RefreshedCopy<Integer> copy = copyOf(this::readVersion);
        copy.get();
        version.set(2);

        advance(LIFETIME.plusNanos(1));

        assertThat(copy.get()).isEqualTo(2);
        assertThat(copy.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void readsDuringTheReloadGetThePreviousCopyAndStartNoOtherReload() throws Exception {
        CountDownLatch reloading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RefreshedCopy<Integer> copy = copyOf(() -> {
            if (reads.get() > 0) {
                reloading.countDown();
                await(release);
            }
            return readVersion();
        });
        copy.get();
        version.set(2);
        advance(LIFETIME.plusNanos(1));
        ExecutorService threads = Executors.newFixedThreadPool(9);
        try {
            Future<Integer> reloader = threads.submit(copy::get);
            assertThat(reloading.await(10, TimeUnit.SECONDS)).isTrue();

            List<Future<Integer>> others = IntStream.range(0, 8)
                    .mapToObj(i -> threads.submit(copy::get))
                    .toList();
            for (Future<Integer> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            release.countDown();

            assertThat(reloader.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(copy.get()).isEqualTo(2);
            assertThat(reads).as("one initial read and one reload").hasValue(2);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aCopyWhoseReloadsFailIsServedForAtMostTwiceTheLifetime() {
        RefreshedCopy<Integer> copy = copyOf(() -> {
            if (reads.get() > 0) {
                throw new IllegalStateException("database down");
            }
            return readVersion();
        });
        copy.get();
        // Caffeine logs each failed refresh with its stack trace: expected here, so kept out of the build log.
        Logger caffeine = Logger.getLogger("com.github.benmanes.caffeine.cache");
        Level level = caffeine.getLevel();
        caffeine.setLevel(Level.OFF);
        try {
            advance(LIFETIME.plusNanos(1));
            assertThat(copy.get())
                    .as("the previous copy, while the reload fails")
                    .isEqualTo(1);

            advance(LIFETIME);
            assertThatThrownBy(copy::get).hasMessage("database down");
        } finally {
            caffeine.setLevel(level);
        }
    }

    @Test
    void aForgottenCopyIsReadAgainAtOnce() {
        RefreshedCopy<Integer> copy = copyOf(this::readVersion);
        copy.get();
        version.set(2);

        copy.forget();

        assertThat(copy.get()).isEqualTo(2);
    }

    private RefreshedCopy<Integer> copyOf(Supplier<Integer> read) {
        return new RefreshedCopy<>(read, LIFETIME, nanos::get);
    }

    private int readVersion() {
        reads.incrementAndGet();
        return version.get();
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
