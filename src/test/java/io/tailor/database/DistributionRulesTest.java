package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The rules that let the schema be distributed by {@code user_id} on Citus (docs/scaling.md), read from the
 * migrated schema's catalog and from the SQL the service runs: the migrations' functions and the SQL text
 * in src/main/java. A per-user table is one of this schema with a {@code user_id} column.
 */
class DistributionRulesTest extends IntegrationTest {

    /** The catalog's per-user tables, with the number of their user_id column. */
    private static final String PER_USER = """
            with per_user as (
                select c.oid, c.relname, a.attnum as uid, a.atttypid, a.attnotnull
                from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
            )
            """;

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern SQL_LITERAL = Pattern.compile("\\.sql\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @AfterEach
    void dropBrokenTables() throws SQLException {
        asOwner("drop table if exists late_breaks_rules; drop table if exists late_breaks_rules_parent");
    }

    @Test
    void everyPerUserTableHasAPrimaryKeyThatIncludesUserId() {
        assertThat(perUserTables()).contains("plans", "plan_items", "user_task_feedback", "user_preference_profile");
        assertThat(withoutUserIdPrimaryKey()).isEmpty();
    }

    @Test
    void everyUniqueConstraintAndUniqueIndexOfAPerUserTableIncludesUserId() {
        assertThat(uniqueWithoutUserId()).isEmpty();
    }

    @Test
    void everyForeignKeyBetweenPerUserTablesPairsUserIdWithUserId() {
        assertThat(foreignKeysWithoutUserId()).isEmpty();
    }

    @Test
    void userIdIsOneNotNullTypeAndNoSharedTableReferencesAPerUserOne() {
        // Citus co-locates tables distributed by columns of one type, refuses a null distribution value, and
        // refuses foreign keys from a reference table to a distributed one.
        assertThat(query(PER_USER + "select distinct format_type(atttypid, null) from per_user"))
                .containsExactly("user_ref");
        assertThat(query(PER_USER + "select relname from per_user where not attnotnull"))
                .isEmpty();
        assertThat(query(PER_USER + """
                        select k.conname from pg_constraint k
                        where k.contype = 'f' and k.confrelid in (select oid from per_user)
                          and k.conrelid not in (select oid from per_user)
                        """)).isEmpty();
    }

    @Test
    void aTableBreakingEachRuleIsNamed() throws SQLException {
        asOwner("""
                create table late_breaks_rules_parent (id uuid primary key, user_id user_ref not null);
                create table late_breaks_rules (
                    id uuid primary key,
                    user_id user_ref not null,
                    parent_id uuid references late_breaks_rules_parent (id),
                    code text unique);
                """);

        assertThat(withoutUserIdPrimaryKey())
                .containsExactlyInAnyOrder("late_breaks_rules", "late_breaks_rules_parent");
        assertThat(uniqueWithoutUserId())
                .contains("late_breaks_rules.late_breaks_rules_code_key", "late_breaks_rules.late_breaks_rules_pkey");
        assertThat(foreignKeysWithoutUserId()).containsExactly("late_breaks_rules.late_breaks_rules_parent_id_fkey");
    }

    @Test
    void noStatementJoinsTwoUsersRows() throws IOException {
        UserJoins scan = new UserJoins(Set.copyOf(perUserTables()));
        List<UserJoins.Join> joins = new ArrayList<>();
        for (List<String> function : functions()) {
            for (String statement : UserJoins.statements(function.get(1))) {
                joins.addAll(scan.joins(function.get(0) + "()", statement));
            }
        }
        for (Path file : javaSources()) {
            for (String sql : sqlText(Files.readString(file))) {
                joins.addAll(scan.joins(file.getFileName().toString(), sql));
            }
        }

        // the scan sees the joins it is meant to judge, in functions and in Java alike
        assertThat(joins)
                .extracting(UserJoins.Join::source)
                .contains("stored_plans()", "settle_not_reported()", "PlannedItems.java", "PlanMetrics.java");
        assertThat(joins).filteredOn(join -> !join.linked()).isEmpty();
    }

    @Test
    void theScanFlagsAJoinOnIdsAloneAndPassesItWithUserId() {
        UserJoins scan = new UserJoins(Set.of("plans", "plan_items"));
        String unlinked = "select * from plans p join plan_items i on i.plan_id = p.id where p.user_id = :u";
        String correlated = "select (select count(*) from plan_items i where i.plan_id = p.id) from plans p";
        String linked = "select * from plans p join plan_items i on i.user_id = p.user_id and i.plan_id = p.id";

        assertThat(scan.joins("a", unlinked)).extracting(UserJoins.Join::linked).containsExactly(false);
        assertThat(scan.joins("b", correlated))
                .extracting(UserJoins.Join::linked)
                .containsExactly(false);
        assertThat(scan.joins("c", linked)).extracting(UserJoins.Join::linked).containsOnly(true);
        assertThat(scan.joins("d", "select * from plans join plan_items using (id)"))
                .extracting(UserJoins.Join::linked)
                .containsExactly(false);
    }

    private List<String> perUserTables() {
        return query(PER_USER + "select relname from per_user order by 1");
    }

    private List<String> withoutUserIdPrimaryKey() {
        return query(PER_USER + """
                select relname from per_user u
                where not exists (select from pg_constraint k where k.conrelid = u.oid and k.contype = 'p'
                                  and u.uid = any (k.conkey))
                order by 1
                """);
    }

    /** Unique indexes, those behind primary keys and unique constraints too, and exclusion constraints. */
    private List<String> uniqueWithoutUserId() {
        return query(PER_USER + """
                select u.relname || '.' || i.indexrelid::regclass::text from per_user u
                join pg_index i on i.indrelid = u.oid and (i.indisunique or i.indisexclusion)
                where not u.uid = any (i.indkey::int2[])
                order by 1
                """);
    }

    /** Foreign keys from a per-user table to a per-user table whose user_id is not paired with user_id. */
    private List<String> foreignKeysWithoutUserId() {
        return query(PER_USER + """
                select child.relname || '.' || k.conname from pg_constraint k
                join per_user child on child.oid = k.conrelid
                join per_user parent on parent.oid = k.confrelid
                where k.contype = 'f'
                  and coalesce(array_position(k.conkey, child.uid) <> array_position(k.confkey, parent.uid), true)
                order by 1
                """);
    }

    /** Our functions in SQL or PL/pgSQL, as name and body. */
    private List<List<String>> functions() {
        return sql.query(null, null, """
                        select p.proname::text, p.prosrc from pg_proc p
                        join pg_language l on l.oid = p.prolang and l.lanname in ('sql', 'plpgsql')
                        where p.pronamespace = 'public'::regnamespace
                          and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
                        order by 1
                        """).stream()
                .map(row -> List.of((String) row.get(0), (String) row.get(1)))
                .toList();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    /** The text blocks of a Java source and the string literals it hands to {@code JdbcClient.sql}. */
    static List<String> sqlText(String java) {
        List<String> found = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(java);
        while (block.find()) {
            found.add(block.group(1));
        }
        Matcher literal = SQL_LITERAL.matcher(java);
        while (literal.find()) {
            found.add(literal.group(1));
        }
        return found;
    }

    private List<String> query(String statement) {
        return sql.query(null, null, statement).stream()
                .map(row -> (String) row.get(0))
                .toList();
    }

    private void asOwner(String statements) throws SQLException {
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
