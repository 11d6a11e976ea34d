package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.ExpectedLogs;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Probes arriving together ask the database once and share the answer; a later probe asks again. */
class SharedAnswerTest {

    /** The check reports the slow answers these tests stage. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(DatabaseCheck.class);

    private final DatabaseCheck check = new DatabaseCheck(
            new DatabaseSettings(
                    25432,
                    "tailor_app",
                    "",
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(3),
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(3),
                    Duration.ofMillis(600)),
            new DriverManagerDataSource());

    @Test
    void fiftyAskersAtOnceCostOneQuestionAndAllGetItsAnswer() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        SharedAnswer<Integer> answer = check.shared(() -> {
            Thread.sleep(200);
            return asked.incrementAndGet();
        });

        List<Optional<Integer>> answers;
        try (var askers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<Integer>>> pending = IntStream.range(0, 50)
                    .mapToObj(n -> askers.submit(answer::get))
                    .toList();
            answers = pending.stream().map(SharedAnswerTest::join).toList();
        }

        assertThat(asked).hasValue(1);
        assertThat(answers).containsOnly(Optional.of(1));
    }

    @Test
    void aFinishedAnswerIsNeverReusedTheNextAskerAsksAgain() {
        AtomicInteger asked = new AtomicInteger();
        SharedAnswer<Integer> answer = check.shared(asked::incrementAndGet);

        assertThat(answer.get()).contains(1);
        assertThat(answer.get()).contains(2);
    }

    @Test
    void aQuestionWithoutAnAnswerInTimeIsEmptyForEveryone() throws Exception {
        SharedAnswer<Integer> answer = check.shared(() -> {
            Thread.sleep(5_000);
            return 1;
        });
        try (var askers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Optional<Integer>> other = askers.submit(answer::get);
            long started = System.nanoTime();
            assertThat(answer.get()).isEmpty();
            assertThat(other.get()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private static Optional<Integer> join(Future<Optional<Integer>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
