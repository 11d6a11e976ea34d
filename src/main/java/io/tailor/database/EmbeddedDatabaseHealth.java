package io.tailor.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code embeddedDatabase} health contributor, part of the liveness probe: DOWN once the embedded
 * PostgreSQL this service started has exited (killed or crashed). The service does not start it again by
 * itself, and readiness alone would leave the instance out of traffic for good; a failing liveness probe
 * lets an orchestrator restart it, which recovers the database from its data directory. With an external
 * database it is always UP: that server is not ours to watch.
 */
@Component("embeddedDatabaseHealthIndicator")
class EmbeddedDatabaseHealth implements HealthIndicator {

    private final DatabaseServer server;

    EmbeddedDatabaseHealth(DatabaseServer server) {
        this.server = server;
    }

    @Override
    public Health health() {
        if (server.embeddedServerExited()) {
            return Health.down()
                    .withDetail("embedded_database", "exited; restart the service to start it again")
                    .build();
        }
        return Health.up().build();
    }
}
