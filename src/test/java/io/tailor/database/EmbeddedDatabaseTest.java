package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.support.ExpectedLogs;
import io.tailor.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    /** The warning about a server left running, which a test leaves on purpose. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(Postmaster.class);

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    @Test
    void dataSurvivesARestartAndTheServerListensOnLoopbackOnly() throws Exception {
        int port = IntegrationTest.freePort();
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, port)) {
            execute(first, "create table kept (value text); insert into kept values ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, port)) {
            assertThat(query(second, "select (select value from kept)")).isEqualTo("still here");
            assertThat(query(second, "select current_setting('listen_addresses')"))
                    .isEqualTo("127.0.0.1");
            assertThat(query(second, "select version()")).startsWith("PostgreSQL 17.");
        }
    }

    @Test
    void aSecondDatabaseOnABusyPortFailsNamingThePortAndUsesNothingOfTheFirst() throws Exception {
        int port = IntegrationTest.freePort();
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, port)) {
            execute(first, "create table first_only (value text)");
            Instant started = Instant.now();

            assertThatThrownBy(() -> EmbeddedDatabase.start(otherDataDir, port))
                    .isInstanceOf(DatabaseConflict.class)
                    .hasMessageContaining("Port " + port + " on 127.0.0.1 is busy")
                    .hasMessageContaining(otherDataDir.toString())
                    .satisfies(e -> assertThat(((DatabaseConflict) e).action()).contains("TAILOR_EMBEDDED_DB_PORT"));

            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
            assertThat(query(first, "select string_agg(tablename, ',') from pg_tables where schemaname = 'public'"))
                    .isEqualTo("first_only");
            assertThat(otherDataDir.resolve("postmaster.pid")).doesNotExist();
        }
    }

    @Test
    void aDataDirectoryInUseByARunningInstanceIsRefused() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, IntegrationTest.freePort())) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, IntegrationTest.freePort()))
                    .isInstanceOf(DatabaseConflict.class)
                    .hasMessageContaining(dataDir + " is in use by another running Tailor");
            assertThat(query(first, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aServerLeftRunningByAKilledServiceIsStoppedAndStartedAgainWithItsData() throws Exception {
        int port = IntegrationTest.freePort();
        Process service = KilledService.launch(dataDir, port);
        try (var output = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the child JVM started its database").isEqualTo("ready");
        }
        service.destroyForcibly(); // SIGKILL: no shutdown hook stops its PostgreSQL
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle orphan = Postmaster.running(dataDir).orElseThrow();
        assertThat(query("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "select value from kept"))
                .as("the orphan still answers")
                .isEqualTo("committed before the kill");

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, port)) {
            assertThat(Postmaster.running(dataDir).orElseThrow().pid()).isNotEqualTo(orphan.pid());
            assertThat(orphan.info().command()).as("stopped, at most a zombie").isEmpty();
            assertThat(query(restarted, "select value from kept")).isEqualTo("committed before the kill");
        }
        assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).isFalse();
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        return query(database.jdbcUrl(), sql);
    }

    private static String query(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
