package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaskApiTest extends IntegrationTest {

    private final String user = "tasks-" + UUID.randomUUID();

    @Test
    void listsTheWholeActiveLibraryWithEveryField() {
        JsonNode reply = ok("/api/v1/tasks", Tokens.user(user));
        List<JsonNode> tasks = tasks(reply);
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(50);
        Map<String, Long> perCategory = tasks.stream()
                .collect(Collectors.groupingBy(task -> task.get("category").asString(), Collectors.counting()));
        assertThat(perCategory)
                .containsEntry("hydration", 8L)
                .containsEntry("movement", 12L)
                .containsEntry("nutrition", 10L)
                .containsEntry("wellness", 8L)
                .containsEntry("recovery", 6L)
                .containsEntry("work", 6L);
        JsonNode first = tasks.get(0);
        assertThat(first.propertyNames())
                .contains(
                        "id",
                        "name",
                        "description",
                        "category",
                        "duration_minutes",
                        "archetype_fit",
                        "mode_fit",
                        "time_of_day",
                        "difficulty",
                        "variation_group",
                        "is_active",
                        "library_version")
                .doesNotContain("score");
        assertThat(first.get("archetype_fit").propertyNames()).hasSize(6);
        assertThat(first.get("library_version").asString()).isEqualTo("v1");
    }

    @Test
    void scoresSeventyPercentArchetypeFitAndThirtyPercentModeFitBestFirst() {
        List<JsonNode> tasks =
                tasks(ok("/api/v1/tasks?category=movement&archetype=peak_performer&mode=high", Tokens.user(user)));
        assertThat(tasks).hasSize(12);
        for (JsonNode task : tasks) {
            double expected =
                    0.7 * task.get("archetype_fit").get("peak_performer").asDouble()
                            + 0.3 * task.get("mode_fit").get("high").asDouble();
            assertThat(task.get("score").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.0001));
        }
        for (int i = 1; i < tasks.size(); i++) {
            JsonNode before = tasks.get(i - 1);
            JsonNode after = tasks.get(i);
            assertThat(before.get("score").asDouble())
                    .isGreaterThanOrEqualTo(after.get("score").asDouble());
            if (before.get("score").asDouble() == after.get("score").asDouble()) {
                assertThat(before.get("id").asString())
                        .isLessThan(after.get("id").asString());
            }
        }
    }

    @Test
    void theLimitCutsTheRankedList() {
        assertThat(tasks(ok("/api/v1/tasks?archetype=foundation_builder&mode=low&limit=3", Tokens.user(user))))
                .hasSize(3);
    }

    @Test
    void unknownFilterValuesAreBadRequestsNamingTheParameter() {
        assertInvalid("/api/v1/tasks?category=juggling", "category");
        assertInvalid("/api/v1/tasks?archetype=wizard&mode=high", "archetype");
        assertInvalid("/api/v1/tasks?archetype=peak_performer&mode=turbo", "mode");
        assertInvalid("/api/v1/tasks?archetype=peak_performer", "mode");
        assertInvalid("/api/v1/tasks?limit=0", "limit");
        assertInvalid("/api/v1/tasks?limit=many", "limit");
    }

    @Test
    void leavesOutVariationGroupsUsedInsideTheRotationWindow() {
        List<JsonNode> hydration = tasks(ok("/api/v1/tasks?category=hydration", Tokens.user(user)));
        List<String> groups = hydration.stream()
                .map(t -> t.get("variation_group").asString())
                .distinct()
                .toList();
        String insideWindow = groups.get(0);
        String justOutside = groups.get(1);
        Instant now = Instant.now();
        useGroup(insideWindow, now.minus(Duration.ofHours(48)).plus(Duration.ofMinutes(1)));
        useGroup(justOutside, now.minus(Duration.ofHours(48)).minus(Duration.ofMinutes(1)));

        JsonNode reply = ok("/api/v1/tasks?category=hydration&user_id=" + user, Tokens.user(user));
        List<String> remaining = tasks(reply).stream()
                .map(t -> t.get("variation_group").asString())
                .toList();
        assertThat(remaining).doesNotContain(insideWindow).contains(justOutside);
        assertThat(reply.get("excluded_variation_groups").get(0).asString()).isEqualTo(insideWindow);
    }

    @Test
    void anotherUsersRotationIsNotFoundForAUserButOpenToTheServiceRole() {
        Reply reply = api().get("/api/v1/tasks?user_id=someone-else", Tokens.user(user));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/api/v1/tasks?user_id=someone-else", Tokens.service())
                        .status())
                .isEqualTo(200);
    }

    private void useGroup(String group, Instant lastUsed) {
        sql.update("service_role", null, """
                insert into task_rotation_state (user_id, variation_group, category, last_used_at)
                values (?, ?, 'hydration', ?)
                """, user, group, Timestamp.from(lastUsed));
    }

    private void assertInvalid(String path, String field) {
        Reply reply = api().get(path, Tokens.user(user));
        assertThat(reply.status()).as(path).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString())
                .as(path)
                .isEqualTo(field);
        assertThat(reply.json().get("detail").asString()).contains(field);
    }

    private JsonNode ok(String path, String token) {
        Reply reply = api().get(path, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<JsonNode> tasks(JsonNode reply) {
        return new ArrayList<>(
                StreamSupport.stream(reply.get("tasks").spliterator(), false).toList());
    }
}
