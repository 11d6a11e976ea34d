package io.tailor.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A child JVM standing in for a service that gets {@code kill -9}: it starts the embedded database,
 * commits a row, says so, and waits to be killed.
 */
final class KilledService {

    private KilledService() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create table kept (value text); insert into kept values ('committed before the kill')");
        }
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }

    static Process launch(Path dataDirectory, int port) throws java.io.IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledService.class.getName(),
                        dataDirectory.toString(),
                        String.valueOf(port))
                .redirectErrorStream(true)
                .start();
    }
}
