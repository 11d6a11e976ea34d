package io.tailor.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code database} health contributor, part of the readiness probe: DOWN while the database does not
 * answer the probe pool within the health timeout, and UP however busy the request pool is. It replaces Spring Boot's {@code db} indicator,
 * which would wait on a stalled server as long as the driver does.
 */
@Component("databaseHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final SharedAnswer<Integer> answer;

    DatabaseHealth(DatabaseCheck check) {
        this.answer =
                check.probe(jdbc -> jdbc.sql("select 1").query(Integer.class).single());
    }

    @Override
    public Health health() {
        return answer.get()
                .map(answer -> Health.up().build())
                .orElseGet(() ->
                        Health.down().withDetail("database", "unreachable").build());
    }
}
