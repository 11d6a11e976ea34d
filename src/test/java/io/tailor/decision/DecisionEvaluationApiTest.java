package io.tailor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.estimation.Estimate;
import io.tailor.estimation.OffPolicyEvaluation;
import io.tailor.estimation.TargetPolicies;
import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 17, point 3: the evaluation of {@code evaluate}, run by the service on its own log for a date range. */
class DecisionEvaluationApiTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.now().minusDays(4);

    private final String prefix = "evaluation-" + UUID.randomUUID() + "-";

    @Test
    void givesTheEstimatesEvaluateGivesOnTheExportOfTheSameRange() throws IOException {
        planAndReport(3);
        String range = "from=" + DAY + "&to=" + DAY;

        Reply reply = evaluate(range + "&policy=logging&policy=static&policy=adaptive&seed=7");
        Reply export = api().get("/api/v1/decisions?" + range, Tokens.service());
        OffPolicyEvaluation.Report offline = OffPolicyEvaluation.run(
                new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)),
                List.of(
                        TargetPolicies.all().get("logging"),
                        TargetPolicies.all().get("static"),
                        TargetPolicies.all().get("adaptive")),
                7,
                null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("from").asString()).isEqualTo(DAY.toString());
        assertThat(body.get("decisions").asLong())
                .isEqualTo(offline.log().accepted())
                .isGreaterThanOrEqualTo(15);
        List<JsonNode> estimates = new ArrayList<>();
        body.get("estimates").forEach(estimates::add);
        assertThat(estimates).hasSize(9);
        for (int i = 0; i < estimates.size(); i++) {
            Estimate expected = offline.estimates().get(i);
            JsonNode actual = estimates.get(i);
            assertThat(actual.get("policy").asString()).isEqualTo(expected.policy());
            assertThat(actual.get("estimator").asString())
                    .isEqualTo(expected.estimator().value());
            assertThat(actual.get("value").asDouble()).isCloseTo(expected.value(), within(1e-12));
            assertThat(actual.get("ci_low").asDouble()).isCloseTo(expected.ciLow(), within(1e-12));
            assertThat(actual.get("ci_high").asDouble()).isCloseTo(expected.ciHigh(), within(1e-12));
            assertThat(actual.get("decisions").asLong()).isEqualTo(expected.decisions());
        }
    }

    @Test
    void everyPolicyIsEvaluatedByDefaultWithThreeEstimatorsEach() {
        planAndReport(2);

        JsonNode body = evaluate("from=" + DAY + "&to=" + DAY).json();

        List<String> rows = new ArrayList<>();
        body.get("estimates")
                .forEach(estimate -> rows.add(estimate.get("policy").asString() + "/"
                        + estimate.get("estimator").asString()));
        assertThat(rows)
                .contains(
                        "static/ips",
                        "library/snips",
                        "adaptive/dr",
                        "thompson/ips",
                        "logging/ips",
                        "logging/snips",
                        "logging/dr")
                .hasSize(15);
        assertThat(body.get("rejected").isObject()).isTrue();
    }

    @Test
    void aRangeWithoutDecisionsHasNoEstimates() {
        JsonNode body = evaluate("from=2001-01-01&to=2001-01-31").json();

        assertThat(body.get("decisions").asLong()).isZero();
        assertThat(body.get("estimates")).isEmpty();
        assertThat(body.get("library_version").isNull()).isTrue();
    }

    @Test
    void usersAreRefusedAndBadRangesOrPoliciesAre400s() {
        Reply asUser =
                api().get("/api/v1/decisions/evaluation?from=" + DAY + "&to=" + DAY, Tokens.user(prefix + "nosy"));

        assertThat(asUser.status()).isEqualTo(403);
        assertInvalid("from=" + DAY + "&to=" + DAY.minusDays(1), "to");
        assertInvalid("from=" + DAY.minusDays(92) + "&to=" + DAY, "to");
        assertInvalid("from=" + DAY + "&to=" + DAY + "&policy=greedy", "policy");
        assertInvalid("from=someday&to=" + DAY, "from");
        assertInvalid("to=" + DAY, "from");
        assertThat(evaluate("from=" + DAY.minusDays(91) + "&to=" + DAY).status())
                .isEqualTo(200);
    }

    private void planAndReport(int users) {
        PlanSteps steps = new PlanSteps(api());
        for (int u = 0; u < users; u++) {
            String user = prefix + u;
            List<JsonNode> items = PlanSteps.items(steps.plan(user, DAY, ""));
            for (int i = 0; i < 3; i++) {
                Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                        {"user_id": "%s", "plan_item_id": "%s", "completed": %s, "occurred_at": "%sT12:00:00Z"}""".formatted(
                                user, items.get(i).get("plan_item_id").asString(), i != 1, DAY));
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            }
        }
    }

    private void assertInvalid(String query, String field) {
        Reply reply = evaluate(query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString())
                .as(reply.body())
                .isEqualTo(field);
    }

    private Reply evaluate(String query) {
        return api().get("/api/v1/decisions/evaluation?" + query, Tokens.service());
    }
}
