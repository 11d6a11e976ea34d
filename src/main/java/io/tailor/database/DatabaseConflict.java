package io.tailor.database;

import io.tailor.config.StartupConflict;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The embedded PostgreSQL cannot be this instance's own: its port is taken, its data directory is in
 * use, or the server that answers is another one. Says what is wrong and what to change.
 */
class DatabaseConflict extends StartupConflict {

    DatabaseConflict(String description, String action) {
        super(description, action, null);
    }

    DatabaseConflict(String description, String action, @Nullable Throwable cause) {
        super(description, action, cause);
    }

    static DatabaseConflict portInUse(int port, Path dataDirectory) {
        return new DatabaseConflict(
                "Port " + port + " on 127.0.0.1 is busy: another process (another Tailor's embedded PostgreSQL?)"
                        + " listens there, so the embedded PostgreSQL for " + dataDirectory + " cannot start on it.",
                "Stop the other process, or give this instance its own port with TAILOR_EMBEDDED_DB_PORT"
                        + " (for example TAILOR_EMBEDDED_DB_PORT=" + (port + 1) + ").");
    }
}
