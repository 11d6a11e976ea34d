package io.tailor.database;

import io.tailor.config.Ports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 started in-process (zonky binaries), listening on loopback only, with its data kept
 * under the data directory so that it survives restarts. Trust authentication on loopback lets an
 * operator open {@code psql -h 127.0.0.1 -p <port> -U postgres}. One directory, one server, its own:
 * a server a killed run left behind is stopped first, and a busy port or a server answering for
 * another directory stops the start instead of sharing someone else's data.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final long serverPid;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, Path directory, long serverPid) {
        this.lock = lock;
        this.postgres = postgres;
        this.directory = directory;
        this.serverPid = serverPid;
    }

    static EmbeddedDatabase start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        try {
            Postmaster.running(directory).ifPresent(orphan -> Postmaster.stopOrphan(orphan, directory));
            if (isBusy(port)) {
                throw DatabaseConflict.portInUse(port, directory);
            }
            EmbeddedPostgres postgres = launch(directory, port);
            long serverPid;
            try {
                serverPid = verifyOwnServer(jdbcUrl(port), directory, port);
            } catch (RuntimeException e) {
                closeQuietly(postgres);
                throw e;
            }
            log.info("Embedded PostgreSQL is up: psql -h 127.0.0.1 -p {} -U postgres (data in {})", port, directory);
            return new EmbeddedDatabase(lock, postgres, directory, serverPid);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    private static EmbeddedPostgres launch(Path directory, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
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
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL on port " + port + " with data in " + directory, e);
        }
    }

    /**
     * The server on the port must be the one whose {@code postmaster.pid} is in our directory: zonky
     * waits for any server to answer on the port, so one started a moment before by someone else
     * would otherwise pass for ours. Returns the server's pid.
     */
    private static long verifyOwnServer(String url, Path directory, int port) {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select current_setting('data_directory'), pg_backend_pid()")) {
            rows.next();
            Path served = Path.of(rows.getString(1)).toRealPath();
            long postmaster = ProcessHandle.of(rows.getLong(2))
                    .flatMap(ProcessHandle::parent)
                    .map(ProcessHandle::pid)
                    .orElse(-1L);
            boolean ours = served.equals(directory.toRealPath())
                    && Postmaster.running(directory)
                            .map(process -> process.pid() == postmaster)
                            .orElse(false);
            if (!ours) {
                throw notOurs(port, directory, "it serves " + served, null);
            }
            return postmaster;
        } catch (SQLException | IOException e) {
            throw notOurs(port, directory, String.valueOf(e.getMessage()), e);
        }
    }

    private static DatabaseConflict notOurs(int port, Path directory, String why, @Nullable Exception cause) {
        return new DatabaseConflict(
                "The PostgreSQL answering on port " + port + " is not the one started from " + directory + " (" + why
                        + ").",
                "Give this instance its own port with TAILOR_EMBEDDED_DB_PORT, or stop the other server.",
                cause);
    }

    /** The embedded server listens on loopback only, so that is where the port must be free. */
    static boolean isBusy(int port) {
        return Ports.isBusy(InetAddress.getLoopbackAddress(), port);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Could not release {}: {}", closeable, e.getMessage());
        }
    }

    String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    /**
     * False once the server this started has exited (killed or crashed): its directory's pid file no
     * longer names a live postgres of that pid. A killed server's zombie does not count as live.
     */
    boolean serverRunning() {
        return Postmaster.running(directory)
                .map(process -> process.pid() == serverPid)
                .orElse(false);
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped (data in {})", directory);
        } finally {
            lock.close();
        }
    }
}
