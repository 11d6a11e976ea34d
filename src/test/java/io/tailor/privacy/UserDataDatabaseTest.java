package io.tailor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.IntegrationTest;
import io.tailor.support.Sql;
import io.tailor.support.Tokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The data-rights functions (R__export_user_data.sql and its siblings), called by hand as a given role: PostgreSQL itself decides whose rows they reach. */
class UserDataDatabaseTest extends IntegrationTest {

    private final String alice = "alice-" + UUID.randomUUID();
    private final String mallory = "mallory-" + UUID.randomUUID();

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private UserRows rows;

    @BeforeEach
    void aliceLivesADay() {
        rows = new UserRows(owner);
        new Activity(api()).day(alice);
    }

    @AfterEach
    void dropLateTable() throws SQLException {
        asOwner("drop table if exists late_user_notes");
    }

    @Test
    void anotherUsersClaimsReachNoneOfAlicesRows() {
        Map<String, Long> before = rows.of(alice);

        assertThat(sql.query("authenticated", mallory, "select delete_user_data(?)", alice))
                .containsExactly(List.of(0));
        assertThat(sql.query("authenticated", mallory, "select reset_learning(?, now(), 'x')::text", alice))
                .containsExactly(java.util.Arrays.asList((Object) null));
        assertThat(sql.query(
                        "authenticated",
                        mallory,
                        "select json_array_length(export_user_data(?, now()) -> 'feedback')",
                        alice))
                .containsExactly(List.of(0));

        assertThat(rows.of(alice)).isEqualTo(before);
    }

    @Test
    void alicesOwnClaimsDeleteAllHerRows() {
        long held = rows.of(alice).values().stream().mapToLong(Long::longValue).sum();

        assertThat(sql.query("authenticated", alice, "select delete_user_data(?)", alice))
                .containsExactly(List.of((int) held));
        assertThat(rows.of(alice).values()).containsOnly(0L);
    }

    @Test
    void aTableAddedLaterIsErasedWithoutTouchingTheFunction() throws SQLException {
        // No cascade on its foreign key: the table must be emptied before the feedback it points to. The key
        // pairs user_id with user_id, as every key between per-user tables does (DistributionRulesTest).
        asOwner("""
                create table late_user_notes (
                    user_id user_ref not null,
                    feedback_id uuid not null,
                    note text not null,
                    foreign key (user_id, feedback_id) references user_task_feedback (user_id, id));
                grant select, insert, update, delete on late_user_notes to authenticated, service_role;
                insert into late_user_notes select user_id, id, 'a note' from user_task_feedback where user_id = '%s'
                """.formatted(alice));
        assertThat(rows.of(alice).get("late_user_notes")).isEqualTo(3L);

        Activity.expect(204, new Activity(api()).send("DELETE", "/api/v1/users/" + alice, Tokens.user(alice), ""));

        assertThat(rows.of(alice))
                .containsEntry("late_user_notes", 0L)
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
    }

    @Test
    void everyTableWithAUserIdKeysItByUserRefSoTheDeleteFindsIt() throws SQLException {
        assertThat(queryAsOwner("""
                        select table_name, data_type from information_schema.columns
                        where table_schema = 'public' and column_name = 'user_id'
                          and domain_name is distinct from 'user_ref'
                        """))
                .as("user_tables() erases only tables whose user_id is a user_ref")
                .isEmpty();
    }

    @Test
    void tablesAreErasedBeforeTheTablesTheyReference() {
        List<Object> order = sql.query("service_role", null, "select user_table::text from user_tables()").stream()
                .map(row -> row.get(0))
                .toList();

        assertThat(order)
                .containsAll(rows.of(alice).keySet())
                .containsSubsequence("feedback_idempotency", "user_task_feedback", "plan_items", "plans")
                .containsSubsequence("user_task_preference", "user_preference_profile")
                .containsSubsequence("learning_phase_transitions", "user_preference_profile");
    }

    private void asOwner(String statements) throws SQLException {
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** The owner sees every table in information_schema, also one no role was granted. */
    private List<List<Object>> queryAsOwner(String statement) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            return Sql.rows(connection, statement);
        }
    }
}
