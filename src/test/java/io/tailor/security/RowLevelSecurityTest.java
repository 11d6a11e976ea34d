package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.support.IntegrationTest;
import io.tailor.support.Sql;
import io.tailor.support.Sql.SqlFailure;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** PostgreSQL itself keeps users apart: hand-written SQL through the request pool, no Java checks involved. */
class RowLevelSecurityTest extends IntegrationTest {

    private static final String INSERT_FEEDBACK = """
            insert into user_task_feedback (user_id, task_name, category, completed, occurred_at, local_date)
            values (?, 'Morning Lemon Water', 'hydration', true, ?, ?)
            """;

    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @BeforeEach
    void eachUserHasOneFeedback() {
        insertAsService(alice);
        insertAsService(bob);
    }

    @Test
    void poolLoginRoleIsNeitherSuperuserNorOwnerAndCannotBypassRls() {
        List<List<Object>> role = sql.query(null, null, """
                select rolsuper, rolbypassrls, rolinherit, current_user,
                       (select count(*) from pg_tables where tableowner = current_user)
                from pg_roles where rolname = current_user
                """);
        assertThat(role).containsExactly(List.of(false, false, false, "tailor_app", 0L));
    }

    @Test
    void withoutAnIdentityTheRequestPoolCannotReadUserRows() {
        assertThatThrownBy(() -> sql.query(null, null, "select count(*) from user_task_feedback"))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
    }

    @Test
    void anAuthenticatedRoleWithoutASubjectSeesNoRows() {
        assertThat(sql.query("authenticated", null, "select count(*) from user_task_feedback"))
                .containsExactly(List.of(0L));
    }

    @Test
    void everyTableHoldingUserRowsHasForcedRowLevelSecurityAndBothPolicies() throws Exception {
        List<List<Object>> tables;
        try (var connection = owner.getConnection()) {
            tables = Sql.rows(connection, """
                select t.user_table::text, c.relrowsecurity and c.relforcerowsecurity,
                       (select array_agg(p.polname::text order by p.polname) from pg_policy p where p.polrelid = c.oid)
                from user_tables() t join pg_class c on c.oid = t.user_table
                """);
        }
        assertThat(tables).hasSizeGreaterThanOrEqualTo(11);
        for (List<Object> table : tables) {
            assertThat(table.get(1))
                    .as("%s forces row-level security", table.get(0))
                    .isEqualTo(true);
            assertThat(table.get(2).toString())
                    .as("%s has its policies", table.get(0))
                    .isEqualTo("{%s_own_rows,%s_service_role}".formatted(table.get(0), table.get(0)));
        }
    }

    @Test
    void aUserReadsOnlyTheirOwnRows() {
        assertThat(sql.query("authenticated", alice, "select distinct user_id from user_task_feedback"))
                .containsExactly(List.of(alice));
    }

    @Test
    void aUserCannotUpdateOrDeleteAnotherUsersRows() {
        assertThat(sql.update(
                        "authenticated",
                        alice,
                        "update user_task_feedback set completed = false where user_id = ?",
                        bob))
                .isZero();
        assertThat(sql.update("authenticated", alice, "delete from user_task_feedback where user_id = ?", bob))
                .isZero();
        assertThat(sql.query("service_role", null, "select completed from user_task_feedback where user_id = ?", bob))
                .containsExactly(List.of(true));
    }

    @Test
    void aUserCannotMoveTheirRowToAnotherUser() {
        assertThatThrownBy(() -> sql.update(
                        "authenticated",
                        alice,
                        "update user_task_feedback set user_id = ? where user_id = ?",
                        bob,
                        alice))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
    }

    @Test
    void aUserCannotInsertRowsForAnotherUser() {
        assertThatThrownBy(() ->
                        sql.update("authenticated", alice, INSERT_FEEDBACK, bob, OffsetDateTime.now(), LocalDate.now()))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThat(sql.update("authenticated", alice, INSERT_FEEDBACK, alice, OffsetDateTime.now(), LocalDate.now()))
                .isOne();
    }

    /** The time blocks a user completes in (V23): their own rows only, in each direction. */
    @Test
    void aUsersTimeBlockCountsAreTheirsAlone() {
        String insert = "insert into user_time_block_stats (user_id, time_block, reported_count, completed_count)"
                + " values (?, 'evening', 3, 2)";
        sql.update("service_role", null, insert, bob);

        assertThat(sql.update("authenticated", alice, insert, alice)).isOne();
        assertThatThrownBy(() -> sql.update("authenticated", alice, insert, bob))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThat(sql.query("authenticated", alice, "select user_id, completed_count from user_time_block_stats"))
                .containsExactly(List.of(alice, 2));
        assertThat(sql.update(
                        "authenticated",
                        alice,
                        "update user_time_block_stats set completed_count = 0 where user_id = ?",
                        bob))
                .isZero();
        assertThat(sql.update("authenticated", alice, "delete from user_time_block_stats where user_id = ?", bob))
                .isZero();
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select completed_count from user_time_block_stats where user_id = ?",
                        bob))
                .containsExactly(List.of(2));
    }

    @Test
    void theServiceRoleSeesEveryUsersRows() {
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select count(distinct user_id) from user_task_feedback where user_id in (?, ?)",
                        alice,
                        bob))
                .containsExactly(List.of(2L));
    }

    @Test
    void usersReadTheTaskLibraryButOnlyTheServiceRoleWritesIt() {
        assertThat(sql.query("authenticated", alice, "select count(*) > 0 from task_library"))
                .containsExactly(List.of(true));
        assertThatThrownBy(() -> sql.update("authenticated", alice, "update task_library set difficulty = 1"))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThat(sql.update(
                        "service_role",
                        null,
                        "update task_library set updated_at = updated_at where id = 'hydration-morning-lemon-water'"))
                .isOne();
    }

    @Test
    void theSpecsPsqlCheckHoldsForTheOwnerSwitchingRoles() throws Exception {
        try (var connection = owner.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET ROLE authenticated");
            statement.execute("SET request.jwt.claim.sub = '" + alice + "'");
            assertThat(Sql.rows(connection, "SELECT DISTINCT user_id FROM user_task_feedback"))
                    .containsExactly(List.of(alice));
            statement.execute("SET ROLE service_role");
            assertThat(Sql.rows(
                            connection,
                            "SELECT count(DISTINCT user_id) FROM user_task_feedback WHERE user_id IN (?, ?)",
                            alice,
                            bob))
                    .containsExactly(List.of(2L));
            connection.rollback();
        }
    }

    private void insertAsService(String userId) {
        sql.update("service_role", null, INSERT_FEEDBACK, userId, OffsetDateTime.now(), LocalDate.now());
    }
}
