package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.security.CurrentIdentity;
import io.tailor.support.IntegrationTest;
import io.tailor.support.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each instance keeps the library it read for the configured lifetime, and not longer: a row another
 * instance (or an operator) adds is unseen until then and seen right after.
 */
class TaskLibraryCacheTest extends IntegrationTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final String ADDED = "hydration-cache-ttl-probe";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-12T15:00:00Z"));

    @AfterEach
    void removeTheAddedTask() {
        sql.update("service_role", null, "delete from task_library where id = ?", ADDED);
    }

    @Test
    void aRowAddedAfterTheReadAppearsOnceTheLifetimeHasPassed() {
        TaskLibrary library = new TaskLibrary(jdbc, json, clock, transactions, new LibrarySettings(TTL));
        assertThat(find(library)).isEmpty();

        sql.update("service_role", null, """
                insert into task_library (id, name, description, category, duration_minutes, archetype_fit, mode_fit,
                                          time_of_day, difficulty, variation_group, is_active, library_version)
                select ?, 'Cache Probe', description, category, duration_minutes, archetype_fit, mode_fit,
                       time_of_day, difficulty, 'cache_probe', false, library_version
                from task_library where id = 'hydration-morning-lemon-water'
                """, ADDED);

        clock.advance(TTL);
        assertThat(find(library)).as("still the copy read %s ago", TTL).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(find(library)).map(Task::name).contains("Cache Probe");
    }

    private Optional<Task> find(TaskLibrary library) {
        return CurrentIdentity.runAsSystem(() -> library.find(ADDED));
    }
}
