package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.TailorApplication;
import io.tailor.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service, started as its own process with its own data directory on a port already taken. */
class SecondInstanceTest {

    @TempDir
    Path firstDataDir;

    @TempDir
    Path secondDataDir;

    @Test
    void exitsNonZeroSayingWhichPortIsBusyAndHowToChooseAnother() throws Exception {
        int port = IntegrationTest.freePort();
        try (EmbeddedDatabase first = EmbeddedDatabase.start(firstDataDir.resolve("postgres"), port)) {
            ProcessBuilder second = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            TailorApplication.class.getName())
                    .redirectErrorStream(true);
            second.environment().put("TAILOR_DATA_DIR", secondDataDir.toString());
            second.environment().put("TAILOR_EMBEDDED_DB_PORT", String.valueOf(port));
            second.environment().put("SERVER_PORT", "0");
            second.environment().remove("SPRING_DATASOURCE_URL");
            Instant started = Instant.now();

            Process process = second.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
            assertThat(output)
                    .contains("APPLICATION FAILED TO START")
                    .contains("Port " + port + " on 127.0.0.1 is busy")
                    .contains("TAILOR_EMBEDDED_DB_PORT")
                    .doesNotContain("Tomcat initialized")
                    .doesNotContain("Embedded PostgreSQL is up");
            try (var connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
                    var rows = connection
                            .createStatement()
                            .executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
                rows.next();
                assertThat(rows.getInt(1))
                        .as("no migration reached the first database")
                        .isZero();
            }
        }
    }
}
