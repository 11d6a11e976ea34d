package io.tailor.database;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Asks the database something and stops waiting after {@code tailor.database.health-timeout}, for the
 * health check and the readiness probe: a stalled server holds a socket until the driver's socket
 * timeout, longer than a probe may take. The call runs on a few threads of its own; when they are all
 * stuck on a stalled server, further checks answer "unreachable" at once instead of piling up.
 */
@Component
public class DatabaseCheck implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCheck.class);

    private final Duration timeout;
    private final long timeoutMillis;
    private final ThreadPoolExecutor calls =
            new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4), runnable -> {
                Thread thread = new Thread(runnable, "database-check");
                thread.setDaemon(true);
                return thread;
            });

    DatabaseCheck(DatabaseSettings settings) {
        this.timeout = settings.healthTimeout();
        this.timeoutMillis = timeout.toMillis();
    }

    /** The call, asked through {@link #within} at most once at a time, its answer shared by those waiting. */
    public <T> SharedAnswer<T> shared(Callable<T> call) {
        return new SharedAnswer<>(this, call, timeout);
    }

    /** What the call returned, or empty when it failed or did not answer in time. */
    public <T> Optional<T> within(Callable<T> call) {
        Future<T> answer;
        try {
            answer = calls.submit(call);
        } catch (RejectedExecutionException e) {
            log.warn("Database check: earlier checks are still waiting on the database");
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(answer.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            log.warn("Database check: no answer within {} ms", timeoutMillis);
        } catch (ExecutionException e) {
            log.warn(
                    "Database check: database unreachable: {}",
                    Objects.requireNonNullElse(e.getCause(), e).getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
