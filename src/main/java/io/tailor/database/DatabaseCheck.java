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
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the database something for the health check and the probes, on a connection of their own and
 * without waiting longer than {@code tailor.database.health-timeout}. The probe pool never lends to
 * requests, so a request pool with every connection busy and a queue of waiters does not make a healthy
 * database look down; and a stalled server, which holds a socket until the driver's socket timeout, is
 * given up in time. The call runs on a few threads of its own; when they are all stuck on a stalled
 * server, further checks answer "unreachable" at once instead of piling up.
 */
@Component
public class DatabaseCheck implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCheck.class);

    private final Duration timeout;
    private final long timeoutMillis;
    private final JdbcClient probe;
    private final TransactionTemplate asService;
    private final ThreadPoolExecutor calls =
            new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4), runnable -> {
                Thread thread = new Thread(runnable, "database-check");
                thread.setDaemon(true);
                return thread;
            });

    public DatabaseCheck(DatabaseSettings settings, @Qualifier("probeDataSource") DataSource probeDataSource) {
        this.timeout = settings.healthTimeout();
        this.timeoutMillis = timeout.toMillis();
        this.probe = JdbcClient.create(probeDataSource);
        this.asService = new TransactionTemplate(new JdbcTransactionManager(probeDataSource));
        asService.setReadOnly(true);
        asService.setTimeout(Math.toIntExact(Math.max(1, timeout.toSeconds())));
    }

    /**
     * The question, asked on the probe pool in a read-only transaction as the service role (the pool's
     * login role reads nothing), at most once at a time, its answer shared by those waiting.
     */
    public <T> SharedAnswer<T> probe(Function<JdbcClient, T> question) {
        return shared(() -> asService.execute(transaction -> {
            probe.sql("select set_config('role', 'service_role', true)").query().singleValue();
            return question.apply(probe);
        }));
    }

    /** The call, asked through {@link #within} at most once at a time, its answer shared by those waiting. */
    <T> SharedAnswer<T> shared(Callable<T> call) {
        return new SharedAnswer<>(this, call, timeout);
    }

    /** What the call returned, or empty when it failed or did not answer in time. */
    <T> Optional<T> within(Callable<T> call) {
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
