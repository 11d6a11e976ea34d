package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PlanApiTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.now().minusDays(20);

    private final String user = "plan-" + UUID.randomUUID();

    @Autowired
    MeterRegistry meters;

    private Plans plans() {
        return new Plans(api());
    }

    @Test
    void anAdaptivePlanHasTheSpecsFiveCategoriesEachWithAReasonAndIsStored() {
        JsonNode plan = plans().create(user, DAY);

        assertThat(plan.get("source").asString()).isEqualTo("adaptive");
        assertThat(plan.get("learning_phase").asString()).isEqualTo("discovery");
        assertThat(Plans.items(plan))
                .extracting(item -> item.get("category").asString())
                .containsExactlyInAnyOrder("hydration", "movement", "nutrition", "wellness", "recovery");
        assertThat(Plans.items(plan)).allSatisfy(item -> {
            assertThat(item.get("reason").asString())
                    .isEqualTo("New for you: exploring " + item.get("category").asString() + " this week");
            assertThat(item.get("task_library_id").asString())
                    .startsWith(item.get("category").asString());
            assertThat(item.get("time_block").asString()).isIn("morning", "afternoon", "evening");
            assertThat(item.get("status").asString()).isEqualTo("pending");
        });
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select count(*) from task_rotation_state where user_id = ? and last_used_at = ?",
                        user,
                        java.sql.Timestamp.from(
                                DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())))
                .containsExactly(List.of(5L));

        Reply stored = api().get("/api/v1/plans/" + user + "?date=" + DAY, Tokens.user(user));
        assertThat(stored.json().get("plan_id")).isEqualTo(plan.get("plan_id"));
    }

    @Test
    void askingAgainReturnsTheStoredPlanAndRegenerateReplacesIt() {
        JsonNode first = plans().create(user, DAY);
        Reply again = plans().post(user, ", \"date\": \"" + DAY + "\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("plan_id")).isEqualTo(first.get("plan_id"));

        Reply regenerated = plans().post(user, ", \"date\": \"" + DAY + "\", \"regenerate\": true");
        assertThat(regenerated.status()).isEqualTo(201);
        assertThat(regenerated.json().get("plan_id")).isEqualTo(first.get("plan_id"));
        assertThat(Plans.items(regenerated.json()))
                .as("every pending item is replaced")
                .extracting(item -> item.get("plan_item_id"))
                .hasSize(5)
                .doesNotContainAnyElementsOf(Plans.items(first).stream()
                        .map(item -> item.get("plan_item_id"))
                        .toList());
        assertThat(sql.query("service_role", null, "select count(*) from plans where user_id = ?", user))
                .containsExactly(List.of(1L));
    }

    @Test
    void consecutiveDaysNeverRepeatAVariationGroupAndAWeekShowsVariety() {
        Map<String, Set<String>> tasksPerCategory = new HashMap<>();
        Map<String, String> yesterday = Map.of();
        for (int day = 0; day < 7; day++) {
            JsonNode plan = plans().create(user, DAY.plusDays(day));
            Map<String, String> today = new HashMap<>();
            for (JsonNode item : Plans.items(plan)) {
                String category = item.get("category").asString();
                String group = item.get("variation_group").asString();
                assertThat(group).as("day %d %s", day, category).isNotEqualTo(yesterday.get(category));
                today.put(category, group);
                tasksPerCategory
                        .computeIfAbsent(category, c -> new HashSet<>())
                        .add(item.get("task_library_id").asString());
            }
            yesterday = today;
        }
        assertThat(tasksPerCategory.values())
                .allSatisfy(tasks -> assertThat(tasks).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void feedbackNamingAPlanItemMarksItDoneOrSkipped() {
        JsonNode plan = plans().create(user, LocalDate.now());
        JsonNode item = plan.get("items").get(0);
        Reply feedback = api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "task_name": "%s", "category": "%s", "completed": false,
                 "task_library_id": "%s", "plan_item_id": "%s"}""".formatted(
                        user,
                        item.get("task_name").asString(),
                        item.get("category").asString(),
                        item.get("task_library_id").asString(),
                        item.get("plan_item_id").asString()));
        assertThat(feedback.status()).as(feedback.body()).isEqualTo(201);

        JsonNode stored = api().get("/api/v1/plans/" + user, Tokens.user(user)).json();
        assertThat(stored.get("items").get(0).get("status").asString()).isEqualTo("skipped");
    }

    @Test
    void theWorkCategoryIsPlannedOnRequest() {
        Reply reply = plans().post(user, ", \"categories\": [\"work\", \"movement\"]");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(Plans.items(reply.json()))
                .extracting(item -> item.get("category").asString())
                .containsExactlyInAnyOrder("work", "movement");
    }

    @Test
    void badInputIsABadRequestNamingTheField() {
        assertInvalid("{\"user_id\": \"%s\", \"archetype\": \"wizard\", \"mode\": \"high\"}", "archetype");
        assertInvalid("{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"turbo\"}", "mode");
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\", \"date\": \"2026-02-30\"}",
                "date");
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\", \"categories\": [\"naps\"]}",
                "categories");
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\","
                        + " \"date\": \"2026-11-25T10:00:00Z\"}",
                "date");
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\","
                        + " \"date\": \"2026-11-25T10:00:00\"}",
                "date");
        assertInvalid("{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": 1}", "mode");
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\", \"mode\": \"low\"}",
                "mode");
        assertThat(sql.query("service_role", null, "select count(*) from plans where user_id = ?", user))
                .containsExactly(List.of(0L));
    }

    @Test
    void anotherUsersPlanIsForbiddenToWriteAndNotFoundToRead() {
        plans().create(user, DAY);
        Reply forged = api().post("/api/v1/plans", Tokens.user("intruder"), """
                {"user_id": "%s", "archetype": "peak_performer", "mode": "high"}""".formatted(user));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/plans/" + user + "?date=" + DAY, Tokens.user("intruder"))
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/plans/" + user + "?date=" + DAY.plusDays(1), Tokens.user(user))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void whenTheDynamicPathFailsTheFallbackServesAndTheFailureIsCounted() {
        double before =
                meters.counter("tailor.plans.fallbacks", "after", "adaptive").count();
        sql.update("service_role", null, "update task_library set is_active = false where category = 'work'");
        clearContext();
        try {
            Reply reply = plans().post(user, ", \"categories\": [\"work\", \"hydration\"]");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.json().get("source").asString()).isEqualTo("fallback");
            assertThat(Plans.field(reply.json(), "work", "task_name")).isEqualTo("Daily Top Three");
        } finally {
            sql.update("service_role", null, "update task_library set is_active = true where category = 'work'");
            clearContext();
        }
        assertThat(meters.counter("tailor.plans.fallbacks", "after", "adaptive").count())
                .isEqualTo(before + 1);
        assertThat(sql.query("service_role", null, "select failure is not null from plans where user_id = ?", user))
                .containsExactly(List.of(true));
        assertThat(sql.query("service_role", null, "select count(*) from task_rotation_state where user_id = ?", user))
                .as("the failed attempt's rotation marks were rolled back")
                .containsExactly(List.of(0L));
    }

    @Test
    void backfilledDaysRotateAgainstTheirNeighboursNotOnlyTheLatestUse() {
        JsonNode later = plans().create(user, DAY.plusDays(3));
        JsonNode first = plans().create(user, DAY);
        JsonNode next = plans().create(user, DAY.plusDays(1));
        for (String category : List.of("hydration", "movement", "nutrition", "wellness", "recovery")) {
            assertThat(Plans.field(next, category, "variation_group"))
                    .as(category)
                    .isNotEqualTo(Plans.field(first, category, "variation_group"));
        }
        assertThat(later.get("items")).hasSize(5);
    }

    @Test
    void aDoubleTapGetsOnePlanNotAnError() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Integer>> taps = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                taps.add(() -> plans().post(user, ", \"date\": \"" + DAY + "\"").status());
            }
            for (var status : pool.invokeAll(taps)) {
                assertThat(status.get()).isIn(200, 201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sql.query("service_role", null, "select count(*) from plans where user_id = ?", user))
                .containsExactly(List.of(1L));
    }

    @Test
    void aDateMoreThanAYearAwayIsABadRequest() {
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\","
                        + " \"date\": \"+999999999-12-30\"}",
                "date");
        assertInvalid(
                "{\"user_id\": \"%s\", \"archetype\": \"peak_performer\", \"mode\": \"high\"," + " \"date\": \""
                        + LocalDate.now().plusYears(2) + "\"}",
                "date");
    }

    private void clearContext() {
        assertThat(api().post("/api/v1/feedback/clear-context", Tokens.service(), "{}")
                        .status())
                .isEqualTo(200);
    }

    private void assertInvalid(String template, String field) {
        Reply reply = api().post("/api/v1/plans", Tokens.user(user), template.formatted(user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        if (field.equals("date") && template.contains("T10:00")) {
            assertThat(reply.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("must be a date as YYYY-MM-DD");
        }
    }
}
