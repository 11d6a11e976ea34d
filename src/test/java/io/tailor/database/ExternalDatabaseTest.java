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
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code SPRING_DATASOURCE_URL} set the service uses that PostgreSQL and starts none of its own.
 * The "external" server here is a separate PostgreSQL 17 process the test starts itself.
 */
class ExternalDatabaseTest extends ServiceTest {

    private static final EmbeddedPostgres EXTERNAL = startExternal();
    private static final Path DATA_DIR = tempDir();

    /** The start-up a test makes fail is reported by Spring Boot and by the context it cancels. */
    @RegisterExtension
    final ExpectedLogs logs =
            ExpectedLogs.of("org.springframework.boot.SpringApplication", "org.springframework.boot.web");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + EXTERNAL.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("tailor.data-dir", DATA_DIR::toString);
        registry.add("tailor.jwt.secret", () -> Tokens.SECRET);
    }

    @Test
    void usesTheConfiguredServerStartsNoEmbeddedOneAndServesAsUsual() {
        Reply health = api().get("/api/v1/feedback/health", Tokens.service());
        assertThat(health.json().get("task_count").asInt()).isEqualTo(50);
        assertThat(DATA_DIR.resolve("postgres")).doesNotExist();

        Reply feedback = api().post("/api/v1/feedback/task", Tokens.user("ext-user"), """
                {"user_id": "ext-user", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true}""");
        assertThat(feedback.status()).isEqualTo(201);
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select session_user, count(*) from user_task_feedback where user_id = 'ext-user' group by 1"))
                .containsExactly(List.of("tailor_app", 1L));
    }

    @Test
    void aUrlThatLogsThePoolInAsTheOwnerStopsStartUp() {
        String url = "jdbc:postgresql://127.0.0.1:" + EXTERNAL.getPort() + "/postgres?user=postgres";
        assertThatThrownBy(() -> new SpringApplicationBuilder(TailorApplication.class)
                        .listeners(logs.holdAgainOnStart())
                        .run(
                                "--spring.datasource.url=" + url,
                                "--server.port=0",
                                "--tailor.data-dir=" + DATA_DIR,
                                "--tailor.jwt.secret=" + Tokens.SECRET)
                        .close())
                .hasStackTraceContaining("row-level security would not hold");
        assertThat(logs.messages()).contains("Application run failed");
    }

    @Test
    void aMigrationUserWithoutSuperuserRestartsTheServiceLikeOnSupabase() throws Exception {
        try (var connection = EXTERNAL.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role migrator login createrole password 'migrator-secret'");
            // as on Supabase: the request roles exist and the migration user administers them
            for (String role : List.of("anon", "authenticated", "service_role")) {
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role
                        + "') then create role " + role + " nologin noinherit; end if; end $$");
                statement.execute("grant " + role + " to migrator with admin option");
            }
            statement.execute("create database supabase_like owner migrator");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + EXTERNAL.getPort() + "/supabase_like";
        for (int start = 0; start < 2; start++) {
            new SpringApplicationBuilder(TailorApplication.class)
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=migrator",
                            "--spring.datasource.password=migrator-secret",
                            "--tailor.database.app-username=supabase_like_app",
                            "--server.port=0",
                            "--tailor.data-dir=" + DATA_DIR,
                            "--tailor.jwt.secret=" + Tokens.SECRET)
                    .close();
        }
    }

    /** A role the operator made (TAILOR_APP_DB_PASSWORD) is not altered, yet its sessions get the same bounds. */
    @Test
    void anOperatorManagedRoleGetsTheSameStatementAndLockTimeouts() throws Exception {
        try (var connection = EXTERNAL.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role operator_app login noinherit password 'operator-secret'");
            statement.execute("grant anon, authenticated, service_role to operator_app");
        }
        try (var service = new SpringApplicationBuilder(TailorApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + EXTERNAL.getPort() + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--tailor.database.app-username=operator_app",
                        "--tailor.database.app-password=operator-secret",
                        "--server.port=0",
                        "--tailor.data-dir=" + DATA_DIR,
                        "--tailor.jwt.secret=" + Tokens.SECRET)) {
            DataSource pool = service.getBean(DataSource.class);
            try (var connection = pool.getConnection();
                    var rows = connection
                            .createStatement()
                            .executeQuery("select session_user, current_setting('statement_timeout'),"
                                    + " current_setting('lock_timeout')")) {
                rows.next();
                assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3)))
                        .containsExactly("operator_app", "5s", "3s");
            }
        }
    }

    private static EmbeddedPostgres startExternal() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tailor-external-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
