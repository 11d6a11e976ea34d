package io.tailor.privacy;

import static io.tailor.privacy.Activity.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class UserDataApiTest extends IntegrationTest {

    /** Where each per-user table's rows appear in the export. A new table belongs in export_user_data() and here. */
    private static final Map<String, String> EXPORT_SECTIONS = Map.ofEntries(
            Map.entry("user_preference_profile", "profile.header"),
            Map.entry("user_category_preference", "profile.categories"),
            Map.entry("user_task_preference", "profile.tasks"),
            Map.entry("learning_phase_transitions", "phase_history"),
            Map.entry("user_task_feedback", "feedback"),
            Map.entry("plans", "plans[].plan"),
            Map.entry("plan_items", "plans[].items"),
            Map.entry("user_daily_task_stats", "daily_task_stats"),
            Map.entry("user_active_runs", "active_day_runs"),
            Map.entry("user_time_block_stats", "time_block_stats"),
            Map.entry("task_rotation_state", "rotation_state"),
            Map.entry("feedback_idempotency", "idempotent_replies"),
            Map.entry("plan_decisions", "decisions"));

    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private Activity activity;
    private UserRows rows;

    @BeforeEach
    void setUp() {
        activity = new Activity(api());
        rows = new UserRows(owner);
    }

    @Test
    void theExportHoldsEverythingTheUserDid() {
        JsonNode plan = activity.day(alice);

        Reply reply = api().get(export(alice), Tokens.user(alice));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode document = reply.json();
        assertThat(document.get("user_id").asString()).isEqualTo(alice);
        assertThat(document.get("timezone").asString()).isEqualTo("Europe/Berlin");
        assertThat(document.get("feedback")).hasSize(3);
        assertThat(document.get("feedback").get(0).get("completed").asBoolean()).isTrue();
        JsonNode exported = document.get("plans").get(0);
        assertThat(exported.get("plan").get("id").asString())
                .isEqualTo(plan.get("plan_id").asString());
        assertThat(exported.get("items")).hasSize(plan.get("items").size());
        assertThat(exported.get("items").get(0).get("status").asString()).isEqualTo("done");
        JsonNode profile = document.get("profile");
        assertThat(profile.get("header").get("total_feedback").asInt()).isEqualTo(3);
        assertThat(profile.get("categories")).isNotEmpty();
        assertThat(profile.get("tasks")).hasSize(2);
        assertThat(document.get("phase_history")).hasSize(1);
        assertThat(document.get("phase_history").get(0).get("to_phase").asString())
                .isEqualTo("establishment");
        assertThat(document.get("daily_task_stats")).hasSize(3);
        assertThat(document.get("active_day_runs")).hasSize(1);
        int reported = 0;
        for (JsonNode block : document.get("time_block_stats")) {
            reported += block.get("reported_count").asInt();
        }
        assertThat(reported).as("each report counted in a time block").isEqualTo(3);
        assertThat(document.get("rotation_state")).isNotEmpty();
        assertThat(document.get("idempotent_replies")
                        .get(0)
                        .get("idempotency_key")
                        .asString())
                .isEqualTo(Activity.IDEMPOTENCY_KEY);
    }

    @Test
    void theExportHasASectionForEveryTableWithAUserId() {
        assertThat(rows.of(alice).keySet())
                .as("tables with a user_id column: a new one must be exported (export_user_data) and listed here")
                .containsExactlyInAnyOrderElementsOf(EXPORT_SECTIONS.keySet());
    }

    @Test
    void aUserTailorKnowsNothingAboutExportsAnEmptyDocument() {
        JsonNode document = exportAsService(alice);

        assertThat(document.get("profile").isNull()).isTrue();
        assertThat(document.get("timezone").asString()).isEqualTo("UTC");
        for (String section : new String[] {"feedback", "plans", "phase_history", "idempotent_replies"}) {
            assertThat(document.get(section)).as(section).isEmpty();
        }
    }

    @Test
    void deletingRemovesTheUserFromEveryTableAndLeavesOthersAlone() {
        activity.day(alice);
        activity.day(bob);
        Map<String, Long> bobBefore = rows.of(bob);
        assertThat(rows.of(alice).values())
                .as("alice's day wrote to every table")
                .doesNotContain(0L);

        expect(204, delete(alice, Tokens.user(alice)));

        assertThat(rows.of(alice))
                .isNotEmpty()
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(rows.of(bob)).isEqualTo(bobBefore);
        assertThat(exportAsService(alice).get("feedback")).isEmpty();
    }

    @Test
    void deletingTwiceAnswers204Twice() {
        activity.day(alice);

        expect(204, delete(alice, Tokens.user(alice)));
        expect(204, delete(alice, Tokens.user(alice)));
        expect(204, delete("never-seen-" + UUID.randomUUID(), Tokens.service()));
    }

    @Test
    void afterDeletionTheUserStartsAsNew() {
        JsonNode plan = activity.day(alice);
        expect(204, delete(alice, Tokens.user(alice)));

        Reply again =
                activity.feedback(alice, withoutPlanItem(plan.get("items").get(0)), true, Activity.IDEMPOTENCY_KEY);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("learning_phase").asString()).isEqualTo("discovery");
        JsonNode profile = api().get("/api/v1/feedback/profile/" + alice, Tokens.user(alice))
                .json();
        assertThat(profile.get("totals").get("total_feedback").asInt())
                .as("recorded, not replayed: the stored reply went with the user")
                .isEqualTo(1);
        assertThat(profile.get("timezone").asString()).isEqualTo("UTC");
        JsonNode phase = api().get("/api/v1/users/" + alice + "/learning-phase", Tokens.user(alice))
                .json();
        assertThat(phase.get("history")).isEmpty();
    }

    @Test
    void aUserCanNeitherExportNorDeleteNorResetAnotherUserButTheServiceRoleCan() {
        activity.day(bob);
        Map<String, Long> before = rows.of(bob);
        String aliceToken = Tokens.user(alice);

        assertProblem(404, api().get(export(bob), aliceToken));
        assertProblem(403, delete(bob, aliceToken));
        assertProblem(403, reset(bob, aliceToken));
        assertThat(rows.of(bob)).isEqualTo(before);

        assertThat(exportAsService(bob).get("feedback")).hasSize(3);
        expect(200, reset(bob, Tokens.service()));
        expect(204, delete(bob, Tokens.service()));
        assertThat(rows.of(bob).values()).containsOnly(0L);
    }

    @Test
    void aBadUserIdIsABadRequest() {
        for (String bad : new String[] {"x".repeat(129), "has$dollar"}) {
            for (Reply reply : new Reply[] {
                api().get(export(bad), Tokens.service()), delete(bad, Tokens.service()), reset(bad, Tokens.service())
            }) {
                assertProblem(400, reply);
                assertThat(reply.json().get("errors").get(0).get("field").asString())
                        .isEqualTo("user_id");
            }
        }
    }

    @Test
    void resettingForgetsWhatWasLearnedAndKeepsWhatTheUserDid() {
        activity.day(alice);
        Map<String, Long> before = rows.of(alice);

        Reply reply = reset(alice, Tokens.user(alice));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode reset = reply.json();
        assertThat(reset.get("learning_phase").asString()).isEqualTo("discovery");
        assertThat(reset.get("previous_phase").asString()).isEqualTo("establishment");
        assertThat(reset.get("task_stats_forgotten").asInt()).isEqualTo(2);
        assertThat(reset.get("category_stats_forgotten").asLong()).isEqualTo(before.get("user_category_preference"));
        assertThat(reset.get("feedback_kept").asInt()).isEqualTo(3);
        Map<String, Long> after = rows.of(alice);
        assertThat(after.get("user_task_preference")).isZero();
        assertThat(after.get("user_category_preference")).isZero();
        assertThat(after.get("learning_phase_transitions")).isEqualTo(2L);
        for (String kept : new String[] {
            "user_task_feedback",
            "user_daily_task_stats",
            "user_active_runs",
            "plans",
            "plan_items",
            "task_rotation_state",
            "feedback_idempotency",
            "user_preference_profile"
        }) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
        }

        JsonNode profile = api().get("/api/v1/feedback/profile/" + alice, Tokens.user(alice))
                .json();
        assertThat(profile.get("totals").get("total_feedback").asInt()).isZero();
        assertThat(profile.get("tasks")).isEmpty();
        assertThat(profile.get("timezone").asString()).isEqualTo("Europe/Berlin");
        JsonNode phase = api().get("/api/v1/users/" + alice + "/learning-phase", Tokens.user(alice))
                .json();
        assertThat(phase.get("current_learning_phase").asString()).isEqualTo("discovery");
        assertThat(phase.get("tasks").get("done").asInt()).isZero();
        assertThat(phase.get("history").get(1).get("reason").asString()).isEqualTo("Learning reset by the user");
    }

    @Test
    void afterAResetTheNextFeedbackIsLearnedFromNothing() {
        JsonNode plan = activity.day(alice);
        expect(200, reset(alice, Tokens.user(alice)));

        Reply next = activity.feedback(alice, plan.get("items").get(2), true, null);

        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().get("learning_phase").asString()).isEqualTo("discovery");
        JsonNode profile = api().get("/api/v1/feedback/profile/" + alice, Tokens.user(alice))
                .json();
        assertThat(profile.get("totals").get("total_feedback").asInt()).isEqualTo(1);
        assertThat(profile.get("tasks")).hasSize(1);
        assertThat(rows.of(alice).get("user_task_feedback")).isEqualTo(4L);
    }

    @Test
    void resettingAUserWithNothingLearnedIsNotFound() {
        assertProblem(404, reset(alice, Tokens.user(alice)));
    }

    private static void assertProblem(int status, Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** The item's task, as feedback not linked to the plan (which went with the user). */
    private static JsonNode withoutPlanItem(JsonNode item) {
        ObjectNode copy = (ObjectNode) item.deepCopy();
        copy.remove("plan_item_id");
        return copy;
    }

    private JsonNode exportAsService(String user) {
        Reply reply = api().get(export(user), Tokens.service());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Reply delete(String user, String token) {
        return activity.send("DELETE", "/api/v1/users/" + user, token, "");
    }

    private Reply reset(String user, String token) {
        return activity.send("POST", "/api/v1/users/" + user + "/reset-learning", token, "");
    }

    private static String export(String user) {
        return "/api/v1/users/" + user + "/export";
    }
}
