package io.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19, points 1, 2 and 16: a first screen without errors, a zone that says whether it was chosen, and a
 * style that is saved in the profile and used by the plans that name none.
 */
class ProfileSettingsApiTest extends IntegrationTest {

    private final String user = "settings-" + UUID.randomUUID();

    @Test
    void aNewUsersProfileAndPhaseAreTheStartingStateNotA404() {
        JsonNode profile = get("/api/v1/feedback/profile/" + user);
        JsonNode phase = get("/api/v1/users/" + user + "/learning-phase");

        assertThat(profile.get("current_learning_phase").asString()).isEqualTo("discovery");
        assertThat(profile.get("totals").get("completion_rate").asDouble()).isZero();
        assertThat(profile.get("timezone").asString()).isEqualTo("UTC");
        assertThat(profile.get("timezone_chosen").asBoolean()).isFalse();
        assertThat(phase.get("current_learning_phase").asString()).isEqualTo("discovery");
        assertThat(phase.get("next_phase").asString()).isEqualTo("establishment");
        assertThat(phase.get("days").get("done").asInt()).isZero();
    }

    @Test
    void settingTheZoneCreatesTheProfileAndMarksTheZoneChosen() {
        Reply reply = patch("{\"timezone\": \"America/Los_Angeles\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("timezone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(reply.json().get("timezone_chosen").asBoolean()).isTrue();
        JsonNode profile = get("/api/v1/feedback/profile/" + user);
        assertThat(profile.get("timezone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(profile.get("archetype").isNull()).as("style untouched").isTrue();
    }

    @Test
    void theStyleIsSavedWhenChosenAndPlansThatNameNoneUseIt() {
        Reply refused = plan("");
        assertThat(refused.status())
                .as("neither given nor saved: " + refused.body())
                .isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("archetype");

        Reply saved = patch("{\"archetype\": \"resilience_rebuilder\", \"mode\": \"low\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("archetype").asString()).isEqualTo("resilience_rebuilder");
        assertThat(saved.json().get("mode").asString()).isEqualTo("low");
        assertThat(saved.json().get("timezone_chosen").asBoolean())
                .as("the zone stays the default")
                .isFalse();

        Reply planned = plan("");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.json().get("archetype").asString()).isEqualTo("resilience_rebuilder");
        assertThat(planned.json().get("mode").asString()).isEqualTo("low");

        patch("{\"mode\": \"high\"}");
        Reply replanned = plan(", \"regenerate\": true");
        assertThat(replanned.json().get("mode").asString())
                .as("a new energy, re-planned")
                .isEqualTo("high");
        assertThat(replanned.json().get("archetype").asString()).isEqualTo("resilience_rebuilder");
        Reply named = plan(", \"archetype\": \"peak_performer\", \"regenerate\": true");
        assertThat(named.json().get("archetype").asString())
                .as("a request's own style wins")
                .isEqualTo("peak_performer");
    }

    @Test
    void badSettingsAreProblemsAndChangeNothing() {
        patch("{\"archetype\": \"peak_performer\"}");
        for (String body : new String[] {
            "{}", "{\"archetype\": \"wizard\"}", "{\"mode\": \"extreme\"}", "{\"timezone\": \"Mars/Base\"}"
        }) {
            Reply reply = patch(body);
            assertThat(reply.status()).as(body + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        JsonNode profile = get("/api/v1/feedback/profile/" + user);
        assertThat(profile.get("archetype").asString()).isEqualTo("peak_performer");
        assertThat(profile.get("mode").isNull()).isTrue();
        assertThat(profile.get("timezone").asString()).isEqualTo("UTC");
        Reply other =
                api().patch("/api/v1/feedback/profile/" + user, Tokens.user(user + "-other"), "{\"mode\": \"low\"}");
        assertThat(other.status()).isEqualTo(403);
    }

    private JsonNode get(String path) {
        Reply reply = api().get(path, Tokens.user(user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Reply patch(String body) {
        return api().patch("/api/v1/feedback/profile/" + user, Tokens.user(user), body);
    }

    private Reply plan(String extra) {
        return api().post("/api/v1/plans", Tokens.user(user), "{\"user_id\": \"%s\"%s}".formatted(user, extra));
    }
}
