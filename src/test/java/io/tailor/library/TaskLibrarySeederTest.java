package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.security.CurrentIdentity;
import io.tailor.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class TaskLibrarySeederTest extends IntegrationTest {

    private static final String SNAPSHOT =
            "select count(*), count(*) filter (where is_active), max(updated_at), min(library_version) from task_library";

    @Autowired
    TaskLibrarySeeder seeder;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void seedingACurrentLibraryAgainChangesNothing() {
        List<List<Object>> before = sql.query("service_role", null, SNAPSHOT);
        assertThat(seed()).isFalse();
        assertThat(sql.query("service_role", null, SNAPSHOT)).isEqualTo(before);
    }

    @Test
    void anOlderLibraryIsReseededAndTasksNoLongerInTheCatalogAreRetired() {
        sql.update("service_role", null, """
                insert into task_library (id, name, description, category, duration_minutes, archetype_fit, mode_fit,
                                          time_of_day, difficulty, variation_group, library_version)
                select 'hydration-retired-task', 'Retired Task', description, category, duration_minutes,
                       archetype_fit, mode_fit, time_of_day, difficulty, 'retired', 'v0'
                from task_library where id = 'hydration-morning-lemon-water'
                """);
        sql.update("service_role", null, "update task_library set library_version = 'v0'");

        assertThat(seed()).isTrue();

        assertThat(sql.query(
                        "service_role",
                        null,
                        "select is_active, library_version from task_library where id = 'hydration-retired-task'"))
                .containsExactly(List.of(false, "v1"));
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select count(*), min(library_version) from task_library where is_active"))
                .containsExactly(List.of(50L, "v1"));
        assertThat(seed()).isFalse();
    }

    private boolean seed() {
        return CurrentIdentity.runAsSystem(() -> transaction.execute(status -> seeder.seedIfOutdated()));
    }
}
