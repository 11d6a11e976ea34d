package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The library's versions over HTTP: stored, read back, compared, activated and rolled back. */
class LibraryVersionApiTest extends IntegrationTest {

    private static final String VERSIONS = "/api/v1/library/versions";
    private static final String RETIRED = "hydration-morning-lemon-water";

    private final String version = "v" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private final String user = "library-" + UUID.randomUUID();

    /** Every integration test shares the database: the bundled v1 is active again after each test. */
    @AfterEach
    void rollBack() {
        assertThat(activate("v1").status()).isEqualTo(200);
    }

    /** The bundled library with one task retired, one added and one described anew. */
    private ObjectNode edited(String name) {
        ObjectNode document = LibraryRulesTest.bundled(name);
        document.put("note", "spring edit");
        ArrayNode tasks = (ArrayNode) document.get("tasks");
        ObjectNode added = ((ObjectNode) tasks.get(0)).deepCopy();
        added.put("id", "hydration-ginger-tea").put("name", "Ginger Tea").put("variation_group", "ginger_tea");
        tasks.add(added);
        for (JsonNode task : tasks) {
            if (task.get("id").asString().equals(RETIRED)) {
                ((ObjectNode) task).put("is_active", false);
            }
            if (task.get("id").asString().equals("movement-hiit-blast")) {
                ((ObjectNode) task).put("description", "Stand, reach up, and stretch for two minutes.");
            }
        }
        return document;
    }

    private Reply post(JsonNode document) {
        return api().post(VERSIONS, Tokens.service(), document.toString());
    }

    private Reply activate(String name) {
        return api().post(VERSIONS + "/" + name + "/activate", Tokens.service(), "");
    }

    @Test
    void aVersionIsStoredOnceAndReadBackAsPosted() {
        ObjectNode document = edited(version);

        Reply stored = post(document);
        Reply again = post(document);

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("task_count").asInt()).isEqualTo(50);
        assertThat(stored.json().get("active").asBoolean()).isFalse();
        assertThat(api().get(VERSIONS + "/" + version, Tokens.service()).json()).isEqualTo(document);
        assertThat(again.status()).isEqualTo(409);
        JsonNode listed = api().get(VERSIONS, Tokens.service()).json().get("versions");
        assertThat(listed.valueStream()
                        .filter(v -> v.get("version").asString().equals(version))
                        .map(v ->
                                v.get("note").asString() + " " + v.get("active").asBoolean()))
                .containsExactly("spring edit false");
        assertThat(listed.valueStream().filter(v -> v.get("active").asBoolean()))
                .extracting(v -> v.get("version").asString())
                .containsExactly("v1");
    }

    @Test
    void anInvalidVersionIsA400ListingEveryFieldAndNothingIsStored() {
        ObjectNode document = edited(version);
        ((ObjectNode) document.get("tasks").get(3).get("archetype_fit")).put("peak_performer", 1.2);
        ((ObjectNode) document.get("tasks").get(4)).put("category", "sleep");

        Reply refused = post(document);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactly("tasks[3].archetype_fit.peak_performer", "tasks[4].category");
        assertThat(api().get(VERSIONS + "/" + version, Tokens.service()).status())
                .isEqualTo(404);
    }

    @Test
    void aTaskIdKeepsItsCategoryAndVariationGroup() {
        ObjectNode document = edited(version);
        ((ObjectNode) document.get("tasks").get(2)).put("category", "wellness");
        ((ObjectNode) document.get("tasks").get(5)).put("variation_group", "something_else");

        Reply refused = post(document);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactly("tasks[2].category", "tasks[5].variation_group");
        assertThat(api().get(VERSIONS + "/" + version, Tokens.service()).status())
                .isEqualTo(404);
    }

    @Test
    void versionsAreTheServiceRoles() {
        assertThat(api().get(VERSIONS, Tokens.user(user)).status()).isEqualTo(403);
        assertThat(api().post(VERSIONS, Tokens.user(user), edited(version).toString())
                        .status())
                .isEqualTo(403);
        assertThat(activate("v99999").status()).isEqualTo(404);
        Reply badName = api().get(VERSIONS + "/latest", Tokens.service());
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void theDiffNamesTasksAddedRetiredAndChangedFieldByField() {
        assertThat(post(edited(version)).status()).isEqualTo(201);

        JsonNode diff =
                api().get(VERSIONS + "/v1/diff/" + version, Tokens.service()).json();

        assertThat(diff.get("added").valueStream().map(task -> task.get("id").asString()))
                .containsExactly("hydration-ginger-tea");
        assertThat(diff.get("retired")
                        .valueStream()
                        .map(task -> task.get("name").asString()))
                .containsExactly("Morning Lemon Water");
        assertThat(diff.get("changed")).hasSize(1);
        JsonNode change = diff.get("changed").get(0).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("description");
        assertThat(change.get("to").asString()).isEqualTo("Stand, reach up, and stretch for two minutes.");
    }

    @Test
    void activatingServesTheVersionAtOnceAndRollingBackRestoresTheEarlierTasksExactly() {
        String before = api().get("/api/v1/tasks", Tokens.service()).body();
        assertThat(post(edited(version)).status()).isEqualTo(201);

        Reply activated = activate(version);
        JsonNode tasks = api().get("/api/v1/tasks", Tokens.service()).json().get("tasks");
        JsonNode health = api().get("/api/v1/feedback/health", Tokens.service()).json();

        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().get("active").asBoolean()).isTrue();
        assertThat(tasks.valueStream().map(task -> task.get("id").asString()))
                .contains("hydration-ginger-tea")
                .doesNotContain(RETIRED)
                .hasSize(50);
        assertThat(tasks.valueStream().map(task -> task.get("library_version").asString()))
                .containsOnly(version);
        assertThat(health.get("library_version").asString()).isEqualTo(version);

        assertThat(activate("v1").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/tasks", Tokens.service()).body()).isEqualTo(before);
    }

    @Test
    void aRetiredTaskIsNeverPlannedAgainWhileItsHistoryKeepsItsName() {
        PlanSteps steps = new PlanSteps(api());
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(20);
        JsonNode first = steps.plan(user, start, ", \"categories\": [\"hydration\"]");
        JsonNode planned = first.get("items").get(0);
        String retired = planned.get("task_library_id").asString();
        ObjectNode document = LibraryRulesTest.bundled(version);
        document.get("tasks").forEach(task -> {
            if (task.get("id").asString().equals(retired)) {
                ((ObjectNode) task).put("is_active", false);
            }
        });
        assertThat(post(document).status()).isEqualTo(201);
        assertThat(activate(version).status()).isEqualTo(200);

        Set<String> plannedAfter = new HashSet<>();
        List<String> versions = new ArrayList<>();
        for (int day = 1; day <= 40; day++) {
            JsonNode plan = steps.plan(user, start.plusDays(day), ", \"categories\": [\"hydration\", \"movement\"]");
            versions.add(plan.get("library_version").asString());
            plan.get("items")
                    .forEach(
                            item -> plannedAfter.add(item.get("task_library_id").asString()));
        }
        steps.report(user, planned, true, start + "T09:00:00Z");

        assertThat(plannedAfter).doesNotContain(retired).hasSizeGreaterThan(3);
        assertThat(versions).containsOnly(version);
        assertThat(first.get("library_version").asString()).isEqualTo("v1");
        assertThat(sql.query("service_role", null, """
                        select distinct library_version from plan_decisions where user_id = ? and plan_date > ?
                        """, user, start)).containsExactly(List.of(version));
        JsonNode stored = api().get("/api/v1/plans/" + user + "?date=" + start, Tokens.user(user))
                .json();
        assertThat(stored.get("items").get(0).get("task_name").asString())
                .isEqualTo(planned.get("task_name").asString());
        assertThat(api().get("/api/v1/feedback/profile/" + user, Tokens.user(user))
                        .body())
                .contains(planned.get("task_name").asString());
    }
}
