package io.tailor.experiment;

import static io.tailor.experiment.ExperimentApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Plans made while an experiment runs, and the results read back from them. */
class ExperimentPlansTest extends IntegrationTest {

    private final String id = "plans-" + UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @AfterEach
    void stopWhatRuns() {
        ExperimentApiTest.stopRunning(api());
    }

    @Test
    void everyPlanWhateverItsDateIsServedByTheUsersArmWhichIsOnThePlanAndEachDecision() {
        RunningExperiment experiment = start(ExperimentApiTest.TWO_ARMS);
        String user = "exp-user-" + UUID.randomUUID();
        Arm arm = experiment.armFor(user);

        JsonNode past = steps().plan(user, today.minusDays(20), "");
        JsonNode ahead = steps().plan(user, today.plusDays(3), "");

        for (JsonNode plan : List.of(past, ahead)) {
            assertThat(plan.get("experiment").get("id").asString()).isEqualTo(id);
            assertThat(plan.get("experiment").get("arm").asString()).isEqualTo(arm.name());
            assertThat(plan.get("source").asString()).isEqualTo(arm.policy().value());
        }
        List<List<Object>> decisions = sql.query(
                "service_role",
                "backend-job",
                "select distinct experiment_id, arm, learns, policy, count(*) over () from plan_decisions"
                        + " where user_id = ?",
                user);
        assertThat(decisions).hasSize(1);
        assertThat(decisions.getFirst().subList(0, 4))
                .containsExactly(
                        id,
                        arm.name(),
                        arm.learns(),
                        arm.policy().value() + "/" + arm.policy().policy().version());
        assertThat(decisions.getFirst().get(4)).isEqualTo(10L);
        assertThat(sql.query(
                        "service_role", "backend-job", "select experiment_id, arm from plans where user_id = ?", user))
                .containsOnly(List.of(id, arm.name()));
    }

    @Test
    void usersSplitAcrossTheArmsAndAfterAStopReturnToTheDefaultPolicy() {
        RunningExperiment experiment = start(ExperimentApiTest.TWO_ARMS);
        List<String> users = IntStream.range(0, 12)
                .mapToObj(i -> "exp-split-" + UUID.randomUUID())
                .toList();
        Set<String> arms = new HashSet<>();
        for (String user : users) {
            JsonNode plan = steps().plan(user, today, "");
            assertThat(plan.get("experiment").get("arm").asString())
                    .isEqualTo(experiment.armFor(user).name());
            arms.add(plan.get("experiment").get("arm").asString());
        }
        assertThat(arms).as("12 users fall in both halves but once in 2,048").hasSize(2);

        Reply stopped = api().post("/api/v1/experiments/" + id + "/stop", Tokens.service(), "");
        JsonNode after = steps().plan(users.getFirst(), today.plusDays(1), "");

        assertThat(stopped.status()).isEqualTo(200);
        assertThat(after.has("experiment")).as(after.toString()).isFalse();
        assertThat(after.get("source").asString()).isEqualTo("adaptive");
        assertThat(sql.query(
                        "service_role",
                        "backend-job",
                        "select experiment_id, policy from plan_decisions d where user_id = ? and plan_date = ?",
                        users.getFirst(),
                        today.plusDays(1)))
                .hasSize(5)
                .allSatisfy(row -> assertThat(row).containsExactly(null, "adaptive/4"));
    }

    @Test
    void outsideAnExperimentAPlanHasNoExperimentField() {
        JsonNode plan = steps().plan("exp-none-" + UUID.randomUUID(), today, "");

        assertThat(plan.has("experiment")).isFalse();
    }

    @Test
    void theResultsAreTheHandCountedRatiosOfTheArmsUsers() {
        RunningExperiment experiment = start(ExperimentApiTest.TWO_ARMS);
        Arm first = experiment.arms().get(0);
        List<String> inFirst = usersIn(experiment, first, 2);
        String inSecond = usersIn(experiment, experiment.arms().get(1), 1).getFirst();
        LocalDate yesterday = today.minusDays(1);

        // first arm: user 1 did two (rated 4 and 2) and skipped one of five; user 2 did one (unrated) of five,
        // and has five more today, pending on a day not over: 3 done of 10 settled, mean rating 3
        JsonNode a1 = steps().plan(inFirst.get(0), yesterday, "");
        report(inFirst.get(0), a1, 0, true, 4);
        report(inFirst.get(0), a1, 1, true, 2);
        report(inFirst.get(0), a1, 2, false, null);
        JsonNode a2 = steps().plan(inFirst.get(1), yesterday, "");
        report(inFirst.get(1), a2, 0, true, null);
        JsonNode a2Today = steps().plan(inFirst.get(1), today, "");
        // second arm: one done (rated 5) of five: 0.2, rating 5
        JsonNode b1 = steps().plan(inSecond, yesterday, "");
        report(inSecond, b1, 0, true, 5);

        JsonNode arms =
                api().get("/api/v1/experiments/" + id, Tokens.service()).json().get("arms");

        JsonNode a = arms.get(0);
        assertThat(a.get("users").asInt()).isEqualTo(2);
        assertThat(a.get("planned_items").asInt()).isEqualTo(15);
        assertThat(a.at("/completion/value").asDouble()).isEqualTo(0.3);
        assertThat(a.at("/rating/value").asDouble()).isEqualTo(3.0);
        double varietyA = (double) (groupsPerWeek(List.of(a1)) + groupsPerWeek(List.of(a2, a2Today)))
                / (weeks(List.of(a1)) + weeks(List.of(a2, a2Today)));
        assertThat(a.at("/variety/value").asDouble()).isCloseTo(varietyA, within(1e-12));
        assertThat(a.has("difference")).isFalse();
        JsonNode b = arms.get(1);
        assertThat(b.get("users").asInt()).isEqualTo(1);
        assertThat(b.at("/completion/value").asDouble()).isEqualTo(0.2);
        assertThat(b.at("/rating/value").asDouble()).isEqualTo(5.0);
        assertThat(b.at("/difference/completion/value").asDouble()).isCloseTo(-0.1, within(1e-12));
        assertThat(b.at("/difference/rating/value").asDouble()).isEqualTo(2.0);
        // one user: every replicate draws that user, so the interval is the value itself
        assertThat(b.at("/completion/ci_low").asDouble()).isEqualTo(0.2);
        assertThat(b.at("/completion/ci_high").asDouble()).isEqualTo(0.2);
        assertThat(a.at("/completion/ci_low").asDouble()).isLessThanOrEqualTo(0.3);
        assertThat(a.at("/completion/ci_high").asDouble()).isGreaterThanOrEqualTo(0.3);
    }

    private RunningExperiment start(String body) {
        Reply started = api().send("PUT", "/api/v1/experiments/" + id, json(Tokens.service()), body);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        List<Arm> arms = started.json()
                .get("arms")
                .valueStream()
                .map(arm -> new Arm(
                        arm.get("name").asString(),
                        ArmPolicy.valueOf(arm.get("policy").asString().toUpperCase(java.util.Locale.ROOT)),
                        arm.get("share").asDouble(),
                        arm.get("learns").asBoolean()))
                .toList();
        return new RunningExperiment(id, arms);
    }

    private static List<String> usersIn(RunningExperiment experiment, Arm arm, int count) {
        return IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> "exp-hand-" + UUID.randomUUID())
                .filter(user -> experiment.armFor(user).equals(arm))
                .limit(count)
                .toList();
    }

    private void report(String user, JsonNode plan, int item, boolean done, Integer rating) {
        JsonNode planItem = PlanSteps.items(plan).get(item);
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "plan_item_id": "%s", "completed": %s, "satisfaction_rating": %s,
                 "occurred_at": "%sT12:00:00Z"}""".formatted(
                        user,
                        planItem.get("plan_item_id").asString(),
                        done,
                        rating,
                        plan.get("date").asString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** Σ over the user's weeks of the distinct variation groups planned in each. */
    private static long groupsPerWeek(List<JsonNode> plans) {
        Map<Integer, Set<String>> byWeek = new java.util.HashMap<>();
        for (JsonNode plan : plans) {
            int week = LocalDate.parse(plan.get("date").asString()).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            for (JsonNode item : PlanSteps.items(plan)) {
                if (!item.get("variation_group").isNull()) {
                    byWeek.computeIfAbsent(week, w -> new HashSet<>())
                            .add(item.get("variation_group").asString());
                }
            }
        }
        return byWeek.values().stream().mapToLong(Set::size).sum();
    }

    private static long weeks(List<JsonNode> plans) {
        return plans.stream()
                .map(plan -> LocalDate.parse(plan.get("date").asString()).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .distinct()
                .count();
    }

    private PlanSteps steps() {
        return new PlanSteps(api());
    }
}
