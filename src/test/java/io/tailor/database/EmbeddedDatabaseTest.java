package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.IntegrationTest;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheServerListensOnLoopbackOnly() throws Exception {
        int port = IntegrationTest.freePort();
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, port);
                var connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create table kept (value text); insert into kept values ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, port);
                var connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select (select value from kept), current_setting('listen_addresses'), version()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(rows.getString(2)).isEqualTo("127.0.0.1");
            assertThat(rows.getString(3)).startsWith("PostgreSQL 17.");
        }
    }
}
