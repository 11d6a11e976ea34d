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
 * One database question asked at most once at a time, its answer shared by everyone who asked while it
 * was in flight. A flood of health probes then never fills {@link DatabaseCheck}'s few threads, which
 * would make a healthy database look unreachable. A finished answer is never reused: a probe after it
 * asks again, so a stall is seen by the first probe that starts after it.
 */
public final class SharedAnswer<T> {

    private final DatabaseCheck check;
    private final Callable<T> call;
    private final long waitMillis;
    private @Nullable CompletableFuture<Optional<T>> latest;

    SharedAnswer(DatabaseCheck check, Callable<T> call, Duration timeout) {
        this.check = check;
        this.call = call;
        // the asker's own wait is bounded by the timeout; the others wait as long, and a little for the hand-over
        this.waitMillis = timeout.toMillis() + 50;
    }

    /** The answer, empty when the database failed or did not answer within the health timeout. */
    public Optional<T> get() {
        CompletableFuture<Optional<T>> answer;
        boolean asking = false;
        synchronized (this) {
            if (latest == null || latest.isDone()) {
                latest = new CompletableFuture<>();
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
