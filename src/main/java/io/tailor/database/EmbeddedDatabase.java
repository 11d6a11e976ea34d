package io.tailor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 started in-process (zonky binaries), listening on loopback only, with its data kept
 * under the data directory so that it survives restarts. Trust authentication on loopback lets an
 * operator open {@code psql -h 127.0.0.1 -p <port> -U postgres}.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    // zonky's defaults suit throwaway test databases; ours keeps what it acknowledged
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info(
                    "Embedded PostgreSQL is up: psql -h 127.0.0.1 -p {} -U postgres (data in {})", port, dataDirectory);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL on port " + port + " with data in " + dataDirectory
                            + " (is another instance using that port or directory? set TAILOR_EMBEDDED_DB_PORT / TAILOR_DATA_DIR)",
                    e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
