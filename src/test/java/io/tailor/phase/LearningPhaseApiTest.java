package io.tailor.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LearningPhaseApiTest extends IntegrationTest {

    private final String user = "phase-" + UUID.randomUUID();

    @Test
    void theFifteenthCompletionMovesTheUserOnAndCelebratesUntilMarkedSeen() {
        Instant start = Instant.now().minus(Duration.ofDays(3));
        for (int i = 0; i < 14; i++) {
            assertThat(feedback(start.plusSeconds(i * 600L))
                            .json()
                            .get("phase_changed")
                            .asBoolean())
                    .isFalse();
        }
        JsonNode fifteenth = feedback(start.plusSeconds(14 * 600L)).json();
        assertThat(fifteenth.get("learning_phase").asString()).isEqualTo("establishment");
        assertThat(fifteenth.get("phase_changed").asBoolean()).isTrue();
        assertThat(fifteenth.get("celebration").get("title").asString()).isEqualTo("15 Tasks Done!");

        Reply asService = api().get(path(user), Tokens.service());
        assertThat(asService.json().get("unread_celebrations")).hasSize(1);
        JsonNode phase = read(user);
        assertThat(phase.get("current_learning_phase").asString()).isEqualTo("establishment");
        assertThat(phase.get("next_phase").asString()).isEqualTo("mastery");
        assertThat(phase.get("tasks").get("done").asInt()).isEqualTo(15);
        assertThat(phase.get("tasks").get("needed").asInt()).isEqualTo(40);
        assertThat(phase.get("tasks").get("percent").asInt()).isEqualTo(37);
        assertThat(phase.get("history").get(0).get("cause").asString()).isEqualTo("tasks");
        assertThat(phase.get("unread_celebrations").get(0).get("title").asString())
                .isEqualTo("15 Tasks Done!");
        JsonNode celebration = read(user).get("unread_celebrations").get(0);
        assertThat(celebration.get("title").asString())
                .as("a read, a prefetch say, consumes nothing")
                .isEqualTo("15 Tasks Done!");

        String seen = celebrations(user) + celebration.get("id").asString() + "/seen";
        assertThat(api().post(seen, Tokens.user(user), "").status()).isEqualTo(204);
        assertThat(read(user).get("unread_celebrations")).isEmpty();
        assertThat(api().post(seen, Tokens.user(user), "").status())
                .as("marking it again")
                .isEqualTo(204);
        assertThat(read(user)
                        .get("history")
                        .get(0)
                        .get("celebration")
                        .get("title")
                        .asString())
                .as("the history keeps it")
                .isEqualTo("15 Tasks Done!");
    }

    @Test
    void onlyTheUsersOwnCelebrationCanBeMarkedSeen() {
        Instant start = Instant.now().minus(Duration.ofDays(3));
        for (int i = 0; i < 15; i++) {
            feedback(start.plusSeconds(i * 600L));
        }
        String id = read(user).get("unread_celebrations").get(0).get("id").asString();
        String other = user + "-other";

        Reply unknown = api().post(celebrations(user) + UUID.randomUUID() + "/seen", Tokens.user(user), "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api().post(celebrations(other) + id + "/seen", Tokens.user(other), "")
                        .status())
                .as("another user's celebration, under their own id")
                .isEqualTo(404);
        assertThat(api().post(celebrations(user) + id + "/seen", Tokens.user(other), "")
                        .status())
                .as("another user's id in the path")
                .isEqualTo(403);
        Reply notAnId = api().post(celebrations(user) + "first/seen", Tokens.user(user), "");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(read(user).get("unread_celebrations")).hasSize(1);

        assertThat(api().post(celebrations(user) + id + "/seen", Tokens.service(), "")
                        .status())
                .as("the service role acts for anyone")
                .isEqualTo(204);
        assertThat(read(user).get("unread_celebrations")).isEmpty();
    }

    @Test
    void aMonthSyncedAtOnceMovesThroughThePhasesAsIfLived() {
        Instant start = Instant.now().minus(Duration.ofDays(25));
        for (int day = 0; day <= 22; day += 2) {
            feedback(start.plus(Duration.ofDays(day)));
        }
        JsonNode phase = read(user);
        assertThat(phase.get("current_learning_phase").asString()).isEqualTo("mastery");
        assertThat(phase.get("history")).hasSize(2);
        assertThat(phase.get("history").get(0).get("cause").asString()).isEqualTo("days");
        assertThat(phase.get("history").get(0).get("transitioned_at").asString())
                .startsWith(start.plus(Duration.ofDays(8)).toString().substring(0, 10));
    }

    @Test
    void aUserWhoPausedIsInTheNextPhaseWhenReadAndPlannedOnceTheDaysHavePassed() {
        Instant start = Instant.now().minus(Duration.ofDays(25));
        for (int i = 0; i < 15; i++) {
            feedback(start.plusSeconds(i * 60L));
        }

        JsonNode phase = read(user);
        JsonNode plan = new PlanSteps(api()).plan(user, LocalDate.now(ZoneOffset.UTC), "");

        assertThat(phase.get("current_learning_phase").asString())
                .as("25 days since the first feedback, 21 needed")
                .isEqualTo("mastery");
        assertThat(phase.get("history")).as("recorded by the next feedback").hasSize(1);
        assertThat(plan.get("learning_phase").asString()).isEqualTo("mastery");
    }

    @Test
    void theDiscoveryGoalCountsTheVariationsTriedPerCategory() {
        JsonNode fresh = read(user).get("discovery_goal");
        assertThat(fresh.get("min").asInt()).isEqualTo(3);
        assertThat(fresh.get("max").asInt()).isEqualTo(5);
        assertThat(fresh.get("categories_reached").asInt()).isZero();
        assertThat(fresh.get("categories"))
                .as("the daily plan's five categories: work is not planned by default")
                .extracting(entry -> entry.get("category").asString())
                .containsExactly("hydration", "movement", "nutrition", "wellness", "recovery");

        feedback(Instant.now().minusSeconds(600)); // Box Breathing, done
        feedback(Instant.now().minusSeconds(500)); // the same variation again counts once
        for (String task : new String[] {"Gratitude Journal", "Digital Sunset"}) {
            assertThat(api().post("/api/v1/feedback/task", Tokens.user(user), """
                                    {"user_id": "%s", "task_name": "%s", "category": "wellness", "completed": false}""".formatted(user, task))
                            .status())
                    .as("a skip is tried too")
                    .isEqualTo(201);
        }
        assertThat(api().post("/api/v1/feedback/task", Tokens.user(user), """
                                {"user_id": "%s", "task_name": "HIIT Blast", "category": "movement", "completed": true}""".formatted(user))
                        .status())
                .isEqualTo(201);

        JsonNode goal = read(user).get("discovery_goal");
        Map<String, JsonNode> byCategory = new HashMap<>();
        goal.get("categories")
                .forEach(entry -> byCategory.put(entry.get("category").asString(), entry));
        assertThat(byCategory.get("wellness").get("tried").asInt()).isEqualTo(3);
        assertThat(byCategory.get("wellness").get("reached").asBoolean()).isTrue();
        assertThat(byCategory.get("movement").get("tried").asInt()).isEqualTo(1);
        assertThat(byCategory.get("movement").get("reached").asBoolean()).isFalse();
        assertThat(byCategory.get("hydration").get("tried").asInt()).isZero();
        assertThat(goal.get("categories_reached").asInt()).isEqualTo(1);
        assertThat(byCategory).as("work, never tried, is not listed").doesNotContainKey("work");

        assertThat(api().post("/api/v1/feedback/task", Tokens.user(user), """
                                {"user_id": "%s", "task_name": "Pomodoro Block", "category": "work", "completed": true}""".formatted(user))
                        .status())
                .isEqualTo(201);
        assertThat(read(user).get("discovery_goal").get("categories"))
                .as("a category outside the daily plan, once tried, is counted")
                .extracting(entry -> entry.get("category").asString())
                .contains("work")
                .hasSize(6);
    }

    @Test
    void progressInDaysCountsToToday() {
        feedback(Instant.now().minus(Duration.ofDays(5)));

        JsonNode phase = read(user);

        assertThat(phase.get("current_learning_phase").asString()).isEqualTo("discovery");
        assertThat(phase.get("days").get("done").asInt()).isEqualTo(5);
    }

    @Test
    void onlyTheServiceRoleOverridesAndTheOverrideIsRecorded() {
        feedback(Instant.now());
        String override = "{\"phase\": \"mastery\", \"reason\": \"beta tester\"}";
        assertThat(put(Tokens.user(user), override).status()).isEqualTo(403);

        Reply reply = put(Tokens.service(), override);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("current_learning_phase").asString()).isEqualTo("mastery");
        JsonNode last = reply.json().get("history").get(0);
        assertThat(last.get("cause").asString()).isEqualTo("override");
        assertThat(last.get("reason").asString()).isEqualTo("beta tester");

        Reply bad = put(Tokens.service(), "{\"phase\": \"expert\", \"reason\": \"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("phase");
    }

    @Test
    void theOverrideReasonIsCountedInCodePoints() {
        feedback(Instant.now());
        String emoji = "\uD83D\uDE00";
        Reply fits = put(Tokens.service(), "{\"phase\": \"mastery\", \"reason\": \"" + emoji.repeat(500) + "\"}");
        assertThat(fits.status()).as(fits.body()).isEqualTo(200);

        Reply tooLong = put(Tokens.service(), "{\"phase\": \"discovery\", \"reason\": \"" + emoji.repeat(501) + "\"}");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api().get(path(user), Tokens.user(user))
                        .json()
                        .get("current_learning_phase")
                        .asString())
                .isEqualTo("mastery");
    }

    @Test
    void anotherUsersPhaseIsNotFoundAndAnUnknownUsersIsTheStartingOne() {
        feedback(Instant.now());
        assertThat(api().get(path(user), Tokens.user(user + "-other")).status()).isEqualTo(404);
        Reply nobody = api().get(path(user + "-nobody"), Tokens.service());
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(200);
        assertThat(nobody.json().get("current_learning_phase").asString()).isEqualTo("discovery");
        assertThat(nobody.json().get("tasks").get("done").asInt()).isZero();
        assertThat(nobody.json().get("history")).isEmpty();
        assertThat(nobody.json().get("unread_celebrations")).isEmpty();
    }

    private Reply feedback(Instant occurredAt) {
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "task_name": "Box Breathing", "category": "wellness", "completed": true,
                 "occurred_at": "%s"}""".formatted(user, occurredAt));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }

    private JsonNode read(String userId) {
        Reply reply = api().get(path(userId), Tokens.user(userId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Reply put(String token, String body) {
        return api().send(
                        "PUT",
                        path(user),
                        Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                        body);
    }

    private static String celebrations(String userId) {
        return "/api/v1/users/" + userId + "/celebrations/";
    }

    private static String path(String userId) {
        return "/api/v1/users/" + userId + "/learning-phase";
    }
}
