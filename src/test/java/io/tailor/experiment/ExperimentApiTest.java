package io.tailor.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Sql.SqlFailure;
import io.tailor.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The experiments API, and plans made while one runs, on the real service and database. */
class ExperimentApiTest extends IntegrationTest {

    static final String TWO_ARMS = """
            {"arms": [{"name": "holdout", "policy": "library", "share": 0.5, "learns": false},
                      {"name": "thompson", "policy": "thompson", "share": 0.5, "learns": true}]}""";

    private final String id = "exp-" + UUID.randomUUID();

    /** One experiment runs at a time in the database every integration test shares: none outlives its test. */
    @AfterEach
    void stopWhatRuns() {
        stopRunning(api());
    }

    static void stopRunning(io.tailor.support.Api api) {
        for (JsonNode experiment :
                api.get("/api/v1/experiments", Tokens.service()).json().get("experiments")) {
            if (experiment.get("status").asString().equals("running")) {
                api.post("/api/v1/experiments/" + experiment.get("id").asString() + "/stop", Tokens.service(), "");
            }
        }
    }

    @Test
    void aStartIsIdempotentForTheSameArmsAndA409ForOthers() {
        Reply started = put(id, TWO_ARMS);
        Reply again = put(id, TWO_ARMS);
        Reply changed = put(id, TWO_ARMS.replace("\"learns\": false", "\"learns\": true"));
        Reply another = put(id + "-other", TWO_ARMS);

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("status").asString()).isEqualTo("running");
        assertThat(started.json().get("arms").get(1).get("policy").asString()).isEqualTo("thompson");
        assertThat(again.status()).isEqualTo(200);
        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
        assertThat(changed.json().get("detail").asString()).contains("other arms");
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.json().get("detail").asString()).contains("'" + id + "' is running");
        assertThat(another.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aStoppedExperimentKeepsItsIdAndAnotherCanStart() {
        put(id, TWO_ARMS);

        Reply stopped = api().post("/api/v1/experiments/" + id + "/stop", Tokens.service(), "");
        Reply stoppedAgain = api().post("/api/v1/experiments/" + id + "/stop", Tokens.service(), "");

        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.json().get("status").asString()).isEqualTo("stopped");
        assertThat(stopped.json().get("stopped_at").isNull()).isFalse();
        assertThat(stoppedAgain.json().get("stopped_at"))
                .isEqualTo(stopped.json().get("stopped_at"));
        assertThat(put(id, TWO_ARMS).status()).as("an id is used once").isEqualTo(409);
        assertThat(put(id + "-next", TWO_ARMS).status()).isEqualTo(201);
    }

    @Test
    void badDefinitionsAre400sNamingTheField() {
        assertInvalid(id, """
                {"arms": [{"name": "a", "policy": "greedy", "share": 0.5, "learns": true},
                          {"name": "b", "policy": "static", "share": 0.5, "learns": true}]}""", "arms[0].policy");
        assertInvalid(id, """
                {"arms": [{"name": "a", "policy": "adaptive", "share": 0.5, "learns": true},
                          {"name": "b", "policy": "static", "share": 0.4, "learns": true}]}""", "arms");
        assertInvalid(id, """
                {"arms": [{"name": "a", "policy": "adaptive", "share": 1, "learns": true}]}""", "arms");
        assertInvalid(id, """
                {"arms": [{"name": "a", "policy": "adaptive", "share": 0.5, "learns": true},
                          {"name": "a", "policy": "static", "share": 0.5, "learns": true}]}""", "arms[1].name");
        assertInvalid(id, """
                {"arms": [{"name": "a", "policy": "adaptive", "share": 0, "learns": true},
                          {"name": "b", "policy": "static", "share": 1, "learns": true}]}""", "arms[0].share");
        assertInvalid(id, """
                {"arms": [{"name": "a", "policy": "adaptive", "share": 0.5},
                          {"name": "b", "policy": "static", "share": 0.5, "learns": true}]}""", "arms[0].learns");
        assertInvalid(id, """
                {"arms": [{"name": "a b", "policy": "adaptive", "share": 0.5, "learns": true},
                          {"name": "b", "policy": "static", "share": 0.5, "learns": true}]}""", "arms[0].name");
        assertInvalid(id, """
                {"arms": [], "holdout": true}""", "holdout");
        assertInvalid("bad%20id", TWO_ARMS, "id");
        assertThat(api().get("/api/v1/experiments", Tokens.service()).json().get("experiments"))
                .noneMatch(experiment -> experiment.get("id").asString().equals(id));
    }

    @Test
    void sharesThatSumToOneWithinRoundingAreAccepted() {
        Reply thirds = put(id, """
                {"arms": [{"name": "a", "policy": "static", "share": 0.3333333333, "learns": true},
                          {"name": "b", "policy": "library", "share": 0.3333333333, "learns": true},
                          {"name": "c", "policy": "adaptive", "share": 0.3333333334, "learns": true}]}""");

        assertThat(thirds.status()).as(thirds.body()).isEqualTo(201);
    }

    @Test
    void usersAreRefusedAndUnknownExperimentsAre404() {
        String user = Tokens.user("exp-user-" + UUID.randomUUID());

        assertThat(api().send("PUT", "/api/v1/experiments/" + id, json(user), TWO_ARMS)
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/experiments/" + id, user).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/experiments/" + id + "/stop", user, "").status())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/experiments", user).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/experiments/" + id, Tokens.service()).status())
                .isEqualTo(404);
        assertThat(api().post("/api/v1/experiments/" + id + "/stop", Tokens.service(), "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aUserReadsOnlyTheRunningExperimentAndWritesNone() {
        put(id + "-old", TWO_ARMS);
        api().post("/api/v1/experiments/" + id + "-old/stop", Tokens.service(), "");
        put(id, TWO_ARMS);
        String user = "exp-rls-" + UUID.randomUUID();

        assertThat(sql.query("authenticated", user, "select id from experiments"))
                .containsExactly(List.of(id));
        assertThatThrownBy(() -> sql.update(
                        "authenticated", user, "update experiments set status = 'stopped', stopped_at = now()"))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
    }

    private Reply put(String experimentId, String body) {
        return api().send("PUT", "/api/v1/experiments/" + experimentId, json(Tokens.service()), body);
    }

    private void assertInvalid(String experimentId, String body, String field) {
        Reply reply = put(experimentId, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).as(reply.body()).contains(field);
    }

    static java.util.Map<String, String> json(String token) {
        return java.util.Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }
}
