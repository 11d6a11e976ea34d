package io.tailor.database;

import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code database} health contributor, part of the readiness probe: DOWN while the request pool
 * cannot reach the database within the health timeout. It replaces Spring Boot's {@code db} indicator,
 * which would wait on a stalled server as long as the driver does.
 */
@Component("databaseHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final SharedAnswer<Integer> answer;

    DatabaseHealth(DataSource dataSource, DatabaseCheck check) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        this.answer =
                check.shared(() -> jdbc.sql("select 1").query(Integer.class).single());
    }

    @Override
    public Health health() {
        return answer.get()
                .map(answer -> Health.up().build())
                .orElseGet(() ->
                        Health.down().withDetail("database", "unreachable").build());
    }
}
