package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.tailor.support.Api.Reply;
import io.tailor.support.ExpectedLogs;
import io.tailor.support.ServiceTest;
import io.tailor.support.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bounded waits against a database that really stalls: this class's own embedded PostgreSQL is
 * stopped with {@code SIGSTOP} (server and backends) or has a table locked, never the shared one.
 */
class StalledDatabaseTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(
            "io.tailor.database.DatabaseCheck", "io.tailor.web.ApiExceptionHandler", "com.zaxxer.hikari.pool.PoolBase");

    @Autowired
    ApplicationContext context;

    @Autowired
    HikariDataSource requestPool;

    @Test
    void healthAndReadinessSayDownWithinASecondWhileTheDatabaseIsStalledAndUpAfter() throws Exception {
        assertThat(api().get("/api/v1/feedback/health").status()).isEqualTo(200);
        assertThat(probe("readiness").statusCode()).isEqualTo(200);
        List<String> server = serverProcesses();

        signal("STOP", server);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                Timed<Reply> health = timed(() -> api().get("/api/v1/feedback/health"));
                assertThat(health.took()).isLessThan(ONE_SECOND);
                assertThat(health.value().status()).isEqualTo(503);
                assertThat(health.value().json().get("database").asString()).isEqualTo("down");
            }
            Timed<HttpResponse<String>> readiness = timed(() -> probe("readiness"));
            assertThat(readiness.took()).isLessThan(ONE_SECOND);
            assertThat(readiness.value().statusCode()).isEqualTo(503);
            assertThat(probe("liveness").statusCode()).isEqualTo(200);
            String user = "stalled-" + UUID.randomUUID();
            Timed<Reply> feedback = timed(() -> api().post("/api/v1/feedback/task", Tokens.user(user), feedback(user)));
            assertThat(feedback.value().status()).isEqualTo(503);
            assertThat(feedback.took())
                    .as("at most the socket timeout and a pool wait")
                    .isLessThan(Duration.ofSeconds(14));
        } finally {
            signal("CONT", server);
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(probe("readiness").statusCode()).isEqualTo(200));
        assertThat(api().get("/api/v1/feedback/health").status()).isEqualTo(200);
    }

    @Test
    void aStatementWaitingOnALockFailsAfterTheLockTimeoutWithA503AndRecordsNothing() throws Exception {
        String user = "locked-out-" + UUID.randomUUID();
        Timed<Reply> reply;
        try (Connection owner = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + "/postgres", "postgres", "")) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("lock table user_task_feedback in access exclusive mode");

            reply = timed(() -> api().post("/api/v1/feedback/task", Tokens.user(user), feedback(user)));

            owner.rollback();
        }
        assertThat(reply.value().status()).as(reply.value().body()).isEqualTo(503);
        assertThat(reply.value().contentType()).startsWith("application/problem+json");
        assertThat(reply.value().json().get("type").asString()).endsWith("/unavailable");
        assertThat(reply.took()).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        assertThat(logs.messages())
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Database did not answer in time: ERROR: canceling statement due to lock timeout"));
        List<List<Object>> stored = sql.query(
                "service_role", "backend-job", "select count(*) from user_task_feedback where user_id = ?", user);
        assertThat(stored).containsExactly(List.of(0L));
    }

    /**
     * 200 clients on two cores hold all ten connections of the request pool: the probes and the health
     * check use a connection of their own and stay UP; a request that cannot get a connection is told the
     * service is busy, with Retry-After, not that the database is unavailable.
     */
    @Test
    void aFullRequestPoolLeavesTheProbesUpAndAnswersBusyWithRetryAfter() throws Exception {
        String user = "crowded-" + UUID.randomUUID();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < requestPool.getMaximumPoolSize(); i++) {
                held.add(requestPool.getConnection());
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                Timed<HttpResponse<String>> readiness = timed(() -> probe("readiness"));
                assertThat(readiness.value().statusCode())
                        .as(readiness.value().body())
                        .isEqualTo(200);
                assertThat(readiness.took()).isLessThan(ONE_SECOND);
                Timed<Reply> health = timed(() -> api().get("/api/v1/feedback/health"));
                assertThat(health.value().json().get("database").asString()).isEqualTo("up");
                assertThat(health.took()).isLessThan(ONE_SECOND);
            }
            HttpResponse<String> busy = CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/feedback/task"))
                            .header("Authorization", "Bearer " + Tokens.user(user))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(feedback(user)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
            assertThat(busy.body()).contains("/problems/busy").contains("busy").doesNotContain("unavailable");
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(api().post("/api/v1/feedback/task", Tokens.user(user), feedback(user))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theRequestPoolsConnectionsCarryTheStatementAndLockTimeouts() {
        assertThat(sql.query(
                        null, null, "select current_setting('statement_timeout'), current_setting('lock_timeout')"))
                .containsExactly(List.of("5s", "3s"));
    }

    /** What Spring Boot publishes when graceful shutdown begins. */
    @Test
    void readinessIsDownWhileTheServiceRefusesTrafficAndLivenessStaysUp() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(probe("readiness").statusCode()).isEqualTo(503);
            assertThat(probe("liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(probe("readiness").statusCode()).isEqualTo(200);
    }

    private static String feedback(String user) {
        return """
                {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true}""".formatted(user);
    }

    private HttpResponse<String> probe(String name) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/" + name))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This test's PostgreSQL: its server process and every backend and helper under it. */
    private static List<String> serverProcesses() {
        ProcessHandle postmaster = Postmaster.running(DatabaseSettings.embeddedDataDirectory(DATABASE.dataDir()))
                .orElseThrow();
        List<String> pids = new ArrayList<>(List.of(String.valueOf(postmaster.pid())));
        postmaster.descendants().forEach(process -> pids.add(String.valueOf(process.pid())));
        return pids;
    }

    private static void signal(String signal, List<String> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        command.addAll(pids);
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Timed<T>(T value, Duration took) {}
}
