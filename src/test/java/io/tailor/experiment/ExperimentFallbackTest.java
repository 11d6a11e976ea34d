package io.tailor.experiment;

import static io.tailor.experiment.ExperimentApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FeaturesOffTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** With dynamic plans off, the fallback serves every arm: its decisions are the fallback's, the arm stays. */
class ExperimentFallbackTest extends FeaturesOffTest {

    private final String id = "fallback-" + UUID.randomUUID();

    @AfterEach
    void stopWhatRuns() {
        ExperimentApiTest.stopRunning(api());
    }

    @Test
    void aFallbackPlanIsLoggedAsTheFallbacksAndKeepsTheArm() {
        Reply started =
                api().send("PUT", "/api/v1/experiments/" + id, json(Tokens.service()), ExperimentApiTest.TWO_ARMS);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String user = "exp-fallback-" + UUID.randomUUID();

        JsonNode plan = new PlanSteps(api()).plan(user, LocalDate.now(ZoneOffset.UTC), "");

        assertThat(plan.get("source").asString()).isEqualTo("fallback");
        assertThat(plan.get("experiment").get("id").asString()).isEqualTo(id);
        String arm = plan.get("experiment").get("arm").asString();
        assertThat(sql.query(
                        "service_role",
                        "backend-job",
                        "select distinct policy, pool, experiment_id, arm, propensity from plan_decisions"
                                + " where user_id = ?",
                        user))
                .containsExactly(List.of("fallback", "fallback", id, arm, 1.0));
    }
}
