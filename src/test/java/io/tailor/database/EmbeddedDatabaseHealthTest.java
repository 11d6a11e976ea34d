package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tailor.support.ExpectedLogs;
import io.tailor.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/** The liveness contributor says DOWN once the embedded PostgreSQL is killed, and only then. */
class EmbeddedDatabaseHealthTest {

    /** The library reports, with its stack trace, that it cannot stop the server the test killed. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");

    @TempDir
    Path dataDir;

    @Test
    void upWhileTheEmbeddedServerRunsDownOnceItIsKilled() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, IntegrationTest.freePort());
        DatabaseServer server = DatabaseServer.embedded(database);
        try {
            EmbeddedDatabaseHealth health = new EmbeddedDatabaseHealth(server);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            ProcessHandle postmaster =
                    Postmaster.running(dataDir.toAbsolutePath().normalize()).orElseThrow();
            postmaster.destroyForcibly();

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(health.health().getStatus()).isEqualTo(Status.DOWN));
            assertThat(health.health().getDetails()).containsKey("embedded_database");
        } finally {
            try {
                server.close();
            } catch (Exception expected) {
                // stopping a server that was killed may fail; the lock is what matters
            }
        }
    }

    @Test
    void anExternalDatabaseIsNotOursToWatch() {
        DatabaseServer external = DatabaseServer.external("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "");
        assertThat(new EmbeddedDatabaseHealth(external).health().getStatus()).isEqualTo(Status.UP);
    }
}
