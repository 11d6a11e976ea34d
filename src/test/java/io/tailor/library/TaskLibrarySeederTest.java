package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.config.StartupConflict;
import io.tailor.security.CurrentIdentity;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** TASK_LIBRARY_VERSION at start-up: the bundled library first, then a stored version by name, or a stop. */
class TaskLibrarySeederTest extends IntegrationTest {

    private static final String STATE = "select active_version, applied_flag from task_library_state";
    private static final String SNAPSHOT =
            "select count(*), count(*) filter (where is_active), max(updated_at), min(library_version) from task_library";

    @Autowired
    TaskLibrarySeeder seeder;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void backToTheBundledLibrary() {
        apply("v1");
    }

    @Test
    void theFirstStartStoredAndActivatedTheBundledLibraryUnderTheFlagsName() {
        assertThat(sql.query("service_role", null, STATE)).containsExactly(List.of("v1", "v1"));
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select note, task_count from task_library_versions where version = 'v1'"))
                .containsExactly(List.of("The library bundled with Tailor", 50));
        assertThat(sql.query("service_role", null, """
                        select count(*) from task_library_ids i
                        where exists (select from task_library_versions v, jsonb_array_elements(v.document -> 'tasks') t
                                      where v.version = 'v1' and t ->> 'id' = i.id)
                        """)).containsExactly(List.of(50L));
    }

    @Test
    void theSameFlagAgainChangesNothing() {
        List<List<Object>> before = sql.query("service_role", null, SNAPSHOT);

        assertThat(apply("v1")).isFalse();

        assertThat(sql.query("service_role", null, SNAPSHOT)).isEqualTo(before);
    }

    @Test
    void aFlagNamingAStoredVersionActivatesItOnceAndARestartLeavesAnOperatorsActivationAlone() {
        String version = "v" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        assertThat(api().post(
                                "/api/v1/library/versions",
                                Tokens.service(),
                                LibraryRulesTest.bundled(version).toString())
                        .status())
                .isEqualTo(201);

        assertThat(apply(version)).isTrue();
        assertThat(sql.query("service_role", null, STATE)).containsExactly(List.of(version, version));
        api().post("/api/v1/library/versions/v1/activate", Tokens.service(), "");
        assertThat(apply(version)).as("a restart with the same value").isFalse();
        assertThat(sql.query("service_role", null, STATE)).containsExactly(List.of("v1", version));
    }

    @Test
    void aFlagNamingNoStoredVersionStopsStartUpNamingTheVariable() {
        List<List<Object>> before = sql.query("service_role", null, STATE);

        assertThatThrownBy(() -> apply("v999999"))
                .isInstanceOf(StartupConflict.class)
                .hasMessageStartingWith("TASK_LIBRARY_VERSION=v999999 names no stored task library version");
        assertThat(sql.query("service_role", null, STATE)).isEqualTo(before);
    }

    private boolean apply(String flag) {
        return CurrentIdentity.runAsSystem(() -> transaction.execute(status -> seeder.apply(flag)));
    }
}
