package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions logged in V16's shape (context and candidates as jsonb) keep everything when V18 moves the log
 * into columns: the context's values, each candidate with the export's field names and its probability,
 * the outcome and rating of a reported item, and when the day ended in the user's zone.
 */
class DecisionLogColumnsMigrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EmbeddedPostgres server;
    private static JdbcClient owner;

    @BeforeAll
    static void loggedBeforeTheMove() throws IOException {
        server = EmbeddedPostgres.builder().start();
        DataSource database = server.getPostgresDatabase();
        Flyway.configure().dataSource(database).target("17").load().migrate();
        owner = JdbcClient.create(database);
        owner.sql("""
                insert into user_preference_profile (user_id, timezone, phase_started_at)
                values ('old-user', 'America/Los_Angeles', timestamptz '2026-03-01 00:00Z');
                insert into plans (id, user_id, plan_date, archetype, mode, source, learning_phase)
                values ('00000000-0000-0000-0000-000000000001', 'old-user', date '2026-03-10', 'peak_performer',
                        'high', 'adaptive', 'discovery');
                insert into plan_items (id, plan_id, user_id, position, task_library_id, task_name, category,
                                        time_block, reason, status)
                values ('00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-000000000001', 'old-user',
                        0, null, 'Morning Lemon Water', 'hydration', 'morning', 'Fits your style', 'done'),
                       ('00000000-0000-0000-0000-00000000000b', '00000000-0000-0000-0000-000000000001', 'old-user',
                        1, null, 'Sea Swim', 'movement', 'morning', 'Fits your style', 'pending');
                insert into user_task_feedback (user_id, task_name, category, completed, satisfaction_rating,
                                                occurred_at, local_date, plan_item_id)
                values ('old-user', 'Morning Lemon Water', 'hydration', true, 4, timestamptz '2026-03-10 16:00Z',
                        date '2026-03-10', '00000000-0000-0000-0000-00000000000a');
                insert into plan_decisions (user_id, plan_item_id, plan_id, plan_date, decided_at, policy, category,
                                            time_block, pool, probability_kind, library_version, context,
                                            candidates, chosen, propensity)
                values ('old-user', '00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-000000000001',
                        date '2026-03-10', timestamptz '2026-03-10 08:00Z', 'adaptive/1', 'hydration', 'morning',
                        'exploit', 'exact', 'v1',
                        '{"phase": "discovery", "archetype": "peak_performer", "mode": "high",
                          "day_of_week": "tuesday", "days_since_first_feedback": 3, "unrotated_best": "h-1"}',
                        '[{"id": "h-1", "category": "hydration", "variation_group": "lemon", "duration_minutes": 5,
                           "archetype_fit": 0.9, "mode_fit": 0.8, "fit": 0.87, "tried": true, "favorite": false,
                           "proven": true, "on_probation": false, "affinity": 0.75, "evidence_value": 0.8,
                           "evidence_weight": 2.5, "p": 0.7},
                          {"id": "h-2", "category": "hydration", "variation_group": "mint", "duration_minutes": 10,
                           "archetype_fit": 0.5, "mode_fit": 0.6, "fit": 0.53, "tried": false, "favorite": false,
                           "proven": false, "on_probation": false, "affinity": 0.5, "evidence_value": 0.5,
                           "evidence_weight": 0.0, "p": 0.3}]', 0, 0.7),
                       ('old-user', '00000000-0000-0000-0000-00000000000b', '00000000-0000-0000-0000-000000000001',
                        date '2026-03-10', timestamptz '2026-03-10 08:00Z', 'fallback', 'movement', 'morning',
                        'fallback', 'exact', 'v1',
                        '{"phase": "discovery", "archetype": "peak_performer", "mode": "high",
                          "day_of_week": "tuesday", "days_since_first_feedback": null}',
                        '[{"id": null, "name": "Sea Swim", "category": "movement", "p": 1.0}]', 0, 1.0)
                """).update();
        Flyway.configure().dataSource(database).load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void theContextAndTheOutcomeBecomeColumns() {
        assertThat(owner.sql("""
                        select phase, archetype, mode, days_since_first_feedback, unrotated_best, outcome, rating,
                               day_ends_at, array_to_json(probabilities)::text
                        from plan_decisions order by plan_item_id""")
                        .query((rs, n) -> List.of(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                String.valueOf(rs.getObject(4, Integer.class)),
                                String.valueOf(rs.getString(5)),
                                String.valueOf(rs.getString(6)),
                                String.valueOf(rs.getObject(7, Integer.class)),
                                rs.getObject(8, Timestamp.class).toInstant().toString(),
                                rs.getString(9)))
                        .list())
                .containsExactly(
                        List.of(
                                "discovery",
                                "peak_performer",
                                "high",
                                "3",
                                "h-1",
                                "done",
                                "4",
                                "2026-03-11T07:00:00Z",
                                "[0.7,0.3]"),
                        // the user's zone is Los Angeles, on summer time from 2026-03-08
                        List.of(
                                "discovery",
                                "peak_performer",
                                "high",
                                "null",
                                "null",
                                "null",
                                "null",
                                "2026-03-11T07:00:00Z",
                                "[1]"));
    }

    @Test
    void theCandidatesKeepEveryFeatureUnderTheExportsNames() {
        List<String> multi = owner.sql("select multi from plan_decisions order by plan_item_id")
                .query(String.class)
                .list();
        JsonNode logged = JSON.readTree(multi.get(0));
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0).propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "category",
                        "variation_group",
                        "archetype_fit",
                        "mode_fit",
                        "fit",
                        "duration_minutes",
                        "tried",
                        "favorite",
                        "proven",
                        "on_probation",
                        "affinity",
                        "evidence_value",
                        "evidence_weight");
        assertThat(logged.get(0).get("evidence_weight").asDouble()).isEqualTo(2.5);
        assertThat(logged.get(1).get("id").asString()).isEqualTo("h-2");
        JsonNode fallback = JSON.readTree(multi.get(1)).get(0);
        assertThat(fallback.get("id").asString()).isEqualTo("fallback:Sea Swim");
        assertThat(fallback.get("variation_group").asString()).isEmpty();
        assertThat(fallback.get("tried").asBoolean()).isFalse();
    }
}
