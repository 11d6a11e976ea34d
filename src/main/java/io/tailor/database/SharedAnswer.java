package io.tailor.database;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One database question asked at most once at a time, its answer shared by everyone who asks meanwhile
 * and reused for {@code reuse} after it was asked. A flood of health probes then costs the database one
 * query per window and never fills {@link DatabaseCheck}'s few threads, which would make a healthy
 * database look unreachable.
 */
public final class SharedAnswer<T> {

    private final DatabaseCheck check;
    private final Callable<T> call;
    private final long reuseNanos;
    private final long waitMillis;
    private @Nullable CompletableFuture<Optional<T>> latest;
    private long askedAt;

    SharedAnswer(DatabaseCheck check, Callable<T> call, Duration reuse, Duration timeout) {
        this.check = check;
        this.call = call;
        this.reuseNanos = reuse.toNanos();
        // the asker's own wait is bounded by the timeout; the others wait as long, and a little for the hand-over
        this.waitMillis = timeout.toMillis() + 50;
    }

    /** The answer, empty when the database failed or did not answer within the health timeout. */
    public Optional<T> get() {
        CompletableFuture<Optional<T>> answer;
        boolean asking = false;
        synchronized (this) {
            if (latest == null || (latest.isDone() && System.nanoTime() - askedAt > reuseNanos)) {
                latest = new CompletableFuture<>();
                askedAt = System.nanoTime();
                asking = true;
            }
            answer = latest;
        }
        if (asking) {
            answer.complete(check.within(call));
        }
        try {
            return answer.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
