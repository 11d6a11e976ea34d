package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.TailorApplication;
import io.tailor.support.Api.Reply;
import io.tailor.support.ExpectedLogs;
import io.tailor.support.ServiceTest;
import io.tailor.support.Tokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A database migrated and used before the functions moved to repeatable migrations upgrades cleanly:
 * it is built here with the migrations exactly as they were at V15 (kept under
 * {@code src/test/resources/db/before-repeatable}), given feedback through that version's own
 * {@code record_feedback()} and a plan, and then the service starts on it.
 */
class UpgradeFromV15Test extends ServiceTest {

    private static final String USER = "upgrade-user";
    private static final EmbeddedPostgres SERVER = start();
    private static final DataSource BEFORE = databaseAtV15("before_move");
    private static final Path DATA_DIR = tempDir();

    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of("org.springframework.boot.SpringApplication");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url("before_move"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("tailor.data-dir", DATA_DIR::toString);
        registry.add("tailor.jwt.secret", () -> Tokens.SECRET);
        registry.add("tailor.settlement.enabled", () -> false);
    }

    @Test
    void theOldChecksumsAreRealignedAndEveryFunctionComesFromTheRepeatableMigrations() {
        JdbcClient owner = JdbcClient.create(BEFORE);
        assertThat(owner.sql("select count(*) from flyway_schema_history where version is not null and not success")
                        .query(Long.class)
                        .single())
                .isZero();
        Map<String, Integer> now = owner
                .sql("select version, checksum from flyway_schema_history where version is not null")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        VersionedChecksums.BEFORE_THE_MOVE.forEach((version, before) ->
                assertThat(now.get(version)).as("V" + version).isNotEqualTo(before));
        assertThat(owner.sql("select description from flyway_schema_history where version is null and success")
                        .query(String.class)
                        .list())
                .contains("record feedback", "plan context", "row level security", "current user id");
    }

    @Test
    void theDataRecordedBeforeTheMoveIsKeptAndLearningContinuesOnIt() {
        Reply before = api().get("/api/v1/feedback/profile/" + USER, Tokens.user(USER));
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("totals").get("total_feedback").asInt()).isEqualTo(3);

        Reply feedback = api().post("/api/v1/feedback/task", Tokens.user(USER), """
                {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true}""".formatted(USER));
        assertThat(feedback.status()).isEqualTo(201);
        Reply after = api().get("/api/v1/feedback/profile/" + USER, Tokens.user(USER));
        assertThat(after.json().get("totals").get("total_feedback").asInt()).isEqualTo(4);
        assertThat(after.json().get("totals").get("completed").asInt()).isEqualTo(3);

        Reply stored = api().get("/api/v1/plans/" + USER + "?date=2026-03-10", Tokens.user(USER));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("items")).hasSize(1);
    }

    @Test
    void theLibrarySeededBeforeVersionsBecomesTheFirstStoredVersionAndStaysActive() {
        JsonNode versions =
                api().get("/api/v1/library/versions", Tokens.service()).json().get("versions");
        JsonNode document =
                api().get("/api/v1/library/versions/v1", Tokens.service()).json();

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asString()).isEqualTo("v1");
        assertThat(versions.get(0).get("active").asBoolean()).isTrue();
        assertThat(versions.get(0).get("task_count").asInt()).isEqualTo(1);
        assertThat(document.get("tasks")
                        .valueStream()
                        .map(task -> task.get("id").asString() + " "
                                + task.get("is_active").asBoolean()))
                .containsExactly("hydration-old-water true", "hydration-retired-tea false");
        assertThat(api().get("/api/v1/tasks", Tokens.service())
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aVersionChangedAnyOtherWayStillStopsStartUp() {
        DataSource tampered = databaseAtV15("tampered");
        JdbcClient.create(tampered)
                .sql("update flyway_schema_history set checksum = checksum + 1 where version = '8'")
                .update();
        assertThatThrownBy(() -> new SpringApplicationBuilder(TailorApplication.class)
                        .listeners(logs.holdAgainOnStart())
                        .run(
                                "--spring.datasource.url=" + url("tampered"),
                                "--server.port=0",
                                "--tailor.data-dir=" + DATA_DIR,
                                "--tailor.jwt.secret=" + Tokens.SECRET)
                        .close())
                .hasStackTraceContaining("checksum mismatch");
        assertThat(logs.messages()).contains("Application run failed");
    }

    /** A new database migrated to V15 with the old files, holding one user's feedback and plan. */
    private static DataSource databaseAtV15(String name) {
        try (Connection connection = SERVER.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DataSource database = SERVER.getDatabase("postgres", name);
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/before-repeatable")
                .load()
                .migrate();
        JdbcClient owner = JdbcClient.create(database);
        for (int day = 0; day < 3; day++) {
            owner.sql("""
                            select feedback_id from record_feedback('authenticated', :claims, :user, null, null, null,
                                null, null, 'Morning Lemon Water', 'hydration', :done, null, null,
                                timestamptz '2026-03-08 08:00Z' + make_interval(days => :day),
                                timestamptz '2026-03-11 08:00Z', '{}'::jsonb)""")
                    .param("claims", "{\"sub\":\"" + USER + "\"}")
                    .param("user", USER)
                    .param("done", day < 2)
                    .param("day", day)
                    .query()
                    .singleValue();
        }
        owner.sql("""
                        insert into task_library (id, name, description, category, duration_minutes, archetype_fit,
                                                  mode_fit, time_of_day, difficulty, variation_group, is_active,
                                                  library_version)
                        select t.id, t.name, 'Seeded before versions were stored.', 'hydration', 3,
                               '{"peak_performer": 0.6, "foundation_builder": 0.9, "systematic_improver": 0.7,
                                 "transformation_seeker": 0.7, "resilience_rebuilder": 0.8,
                                 "connected_explorer": 0.6}', '{"high": 0.8, "medium": 0.9, "low": 0.9}',
                               '{morning}', 1, t.grp, t.active, 'v1'
                        from (values ('hydration-old-water', 'Old Water', 'old_water', true),
                                     ('hydration-retired-tea', 'Retired Tea', 'retired_tea', false))
                             as t(id, name, grp, active)""").update();
        owner.sql("""
                        with plan as (
                            insert into plans (user_id, plan_date, archetype, mode, source, learning_phase)
                            values (:user, date '2026-03-10', 'peak_performer', 'high', 'library', 'discovery')
                            returning id)
                        insert into plan_items (plan_id, user_id, position, task_name, category, time_block, reason)
                        select id, :user, 0, 'Morning Lemon Water', 'hydration', 'morning', 'Fits your style'
                        from plan""").param("user", USER).update();
        assertThat(owner.sql("select count(*) from user_task_feedback")
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
        return database;
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + SERVER.getPort() + "/" + database;
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tailor-upgrade-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
