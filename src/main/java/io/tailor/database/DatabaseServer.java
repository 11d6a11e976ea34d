package io.tailor.database;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The PostgreSQL the service uses and the owner credentials that run migrations on it. */
final class DatabaseServer implements AutoCloseable {

    private final String url;
    private final String ownerUsername;
    private final String ownerPassword;
    private final @Nullable EmbeddedDatabase embedded;

    private DatabaseServer(
            String url, String ownerUsername, String ownerPassword, @Nullable EmbeddedDatabase embedded) {
        this.url = url;
        this.ownerUsername = ownerUsername;
        this.ownerPassword = ownerPassword;
        this.embedded = embedded;
    }

    static DatabaseServer embedded(EmbeddedDatabase embedded) {
        return new DatabaseServer(embedded.jdbcUrl(), "postgres", "", embedded);
    }

    static DatabaseServer external(String url, String ownerUsername, String ownerPassword) {
        return new DatabaseServer(url, ownerUsername, ownerPassword, null);
    }

    String url() {
        return url;
    }

    String ownerUsername() {
        return ownerUsername;
    }

    String ownerPassword() {
        return ownerPassword;
    }

    /** True when this service started an embedded server and that server has exited since. */
    boolean embeddedServerExited() {
        return embedded != null && !embedded.serverRunning();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
