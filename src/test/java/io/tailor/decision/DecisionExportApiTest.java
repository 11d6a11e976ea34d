package io.tailor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.estimation.DecisionLine;
import io.tailor.estimation.DecisionLine.Outcome;
import io.tailor.estimation.DecisionLog;
import io.tailor.estimation.TargetPolicies;
import io.tailor.estimation.TargetPolicy;
import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, point 2: the decision log exported over HTTP as DSJSON lines that the evaluator reads back. The
 * database is shared with other tests, so each test reads only the lines of its own users.
 */
class DecisionExportApiTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.now().minusDays(3);

    private final String prefix = "export-" + UUID.randomUUID() + "-";

    @AfterEach
    void stopRunningExperiments() {
        for (JsonNode experiment :
                api().get("/api/v1/experiments", Tokens.service()).json().get("experiments")) {
            if (experiment.get("status").asString().equals("running")) {
                api().post("/api/v1/experiments/" + experiment.get("id").asString() + "/stop", Tokens.service(), "");
            }
        }
    }

    @Test
    void reportedItemsComeOutAsDsjsonLinesTheEvaluatorReadsBack() {
        String reporter = prefix + "reporter";
        String silent = prefix + "silent";
        List<JsonNode> items = PlanSteps.items(steps().plan(reporter, DAY, ""));
        report(reporter, items.get(0), true, 4);
        report(reporter, items.get(1), false, null);
        report(reporter, items.get(2), true, null);
        steps().plan(silent, DAY, "");

        Reply reply = export("from=" + DAY + "&to=" + DAY);
        List<JsonNode> lines = ours(reply);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/x-ndjson");
        assertThat(lines).hasSize(10);
        Map<String, JsonNode> byItem = lines.stream()
                .collect(Collectors.toMap(line -> line.get("EventId").asString(), line -> line));
        assertOutcome(byItem.get(id(items.get(0))), "done", -1, 4);
        assertOutcome(byItem.get(id(items.get(1))), "skipped", 0, null);
        assertOutcome(byItem.get(id(items.get(2))), "done", -1, null);
        assertOutcome(byItem.get(id(items.get(3))), "not_reported", 0, null);
        assertThat(lines.stream()
                        .filter(line -> line.get("c").get("user_id").asString().equals(silent)))
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.get("outcome").asString()).isEqualTo("not_reported"));
        lines.forEach(DecisionExportApiTest::assertDsjsonShape);

        List<DecisionLine> read = new ArrayList<>();
        DecisionLog log = read(lines, read);
        assertThat(log.rejected()).isEmpty();
        assertThat(read).hasSize(10);
        assertThat(read.stream().filter(line -> line.outcome() == Outcome.DONE)).hasSize(2);
    }

    @Test
    void aReturnDaysMissedDaysAreExportedAndReplayedAsAdaptiveServedThem() {
        String user = prefix + "returning";
        LocalDate before = DAY.minusDays(4);
        for (JsonNode item : PlanSteps.items(steps().plan(user, before, ""))) {
            steps().report(user, item, true, before + "T12:00:00Z");
        }
        steps().plan(user, DAY, "");

        List<JsonNode> lines = ours(export("from=" + before + "&to=" + DAY));

        assertThat(lines).hasSize(10);
        assertThat(lines)
                .filteredOn(line -> line.get("c").get("day_of_week").asString().equals(weekday(before)))
                .as("a newcomer's plan: no days missed to write")
                .allSatisfy(line -> assertThat(line.get("c").has("days_missed")).isFalse());
        assertThat(lines)
                .filteredOn(line -> line.get("c").get("day_of_week").asString().equals(weekday(DAY)))
                .hasSize(5)
                .allSatisfy(line ->
                        assertThat(line.get("c").get("days_missed").asInt()).isEqualTo(3));
        List<DecisionLine> read = new ArrayList<>();
        assertThat(read(lines, read).rejected()).isEmpty();
        TargetPolicy adaptive = TargetPolicies.all().get("adaptive");
        assertThat(read)
                .allSatisfy(line -> assertThat(adaptive.probabilities(line))
                        .as("adaptive replayed on its own line, days missed included")
                        .containsExactly(line.candidateProbabilities(), within(1e-9)));
        assertThat(read).extracting(line -> line.context().daysMissed()).containsOnly(null, 3);
    }

    @Test
    void pendingItemsAreLeftOutUnlessAskedFor() {
        String user = prefix + "ahead";
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        steps().plan(user, tomorrow, "");
        String range = "from=" + tomorrow + "&to=" + tomorrow;

        List<JsonNode> withPending = ours(export(range + "&include_pending=true"));

        assertThat(ours(export(range))).isEmpty();
        assertThat(withPending)
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.get("outcome").asString()).isEqualTo("pending"));
    }

    @Test
    void itemsReplacedByARegenerationAreLeftOut() {
        String user = prefix + "regenerated";
        steps().plan(user, DAY, "");
        JsonNode regenerated = steps().plan(user, DAY, ", \"regenerate\": true");

        Set<String> exported = ours(export("from=" + DAY + "&to=" + DAY)).stream()
                .map(line -> line.get("EventId").asString())
                .collect(Collectors.toSet());

        assertThat(exported)
                .containsExactlyInAnyOrderElementsOf(PlanSteps.items(regenerated).stream()
                        .map(DecisionExportApiTest::id)
                        .toList());
    }

    @Test
    void onlyPlanDatesWithinTheRangeAreExported() {
        String user = prefix + "range";
        steps().plan(user, DAY.minusDays(1), "");
        steps().plan(user, DAY, "");
        steps().plan(user, DAY.plusDays(1), "");

        List<JsonNode> lines = ours(export("from=" + DAY + "&to=" + DAY.plusDays(1)));
        List<JsonNode> wider = ours(export("from=" + DAY.minusDays(1) + "&to=" + DAY.plusDays(1)));

        assertThat(lines).hasSize(10);
        assertThat(wider).hasSize(15);
    }

    @Test
    void theExperimentAndArmFiltersKeepOnlyTheirDecisions() {
        String experiment = "export-exp-" + UUID.randomUUID();
        Reply started = api().send(
                        "PUT",
                        "/api/v1/experiments/" + experiment,
                        Map.of("Authorization", "Bearer " + Tokens.service(), "Content-Type", "application/json"),
                        """
                        {"arms": [{"name": "holdout", "policy": "library", "share": 0.5, "learns": false},
                                  {"name": "treated", "policy": "adaptive", "share": 0.5, "learns": true}]}""");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        Map<String, String> armByUser = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            String user = prefix + "arm-" + i;
            armByUser.put(
                    user,
                    steps().plan(user, DAY, "").get("experiment").get("arm").asString());
        }
        String range = "from=" + DAY + "&to=" + DAY + "&experiment=" + experiment;

        List<JsonNode> inExperiment = ours(export(range));
        List<JsonNode> holdout = ours(export(range + "&arm=holdout"));
        List<JsonNode> elsewhere = ours(export("from=" + DAY + "&to=" + DAY + "&experiment=other-" + experiment));

        assertThat(inExperiment).hasSize(30).allSatisfy(line -> {
            String user = line.get("c").get("user_id").asString();
            assertThat(line.get("experiment").get("id").asString()).isEqualTo(experiment);
            assertThat(line.get("experiment").get("arm").asString()).isEqualTo(armByUser.get(user));
        });
        assertThat(holdout)
                .hasSize(5
                        * (int) armByUser.values().stream()
                                .filter("holdout"::equals)
                                .count())
                .allSatisfy(line ->
                        assertThat(line.get("experiment").get("arm").asString()).isEqualTo("holdout"));
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void usersAreRefusedAndBadRangesAre400sNamingTheParameter() {
        Reply asUser = api().get("/api/v1/decisions?from=" + DAY + "&to=" + DAY, Tokens.user(prefix + "nosy"));

        assertThat(asUser.status()).isEqualTo(403);
        assertThat(asUser.contentType()).startsWith("application/problem+json");
        assertInvalid("from=" + DAY + "&to=" + DAY.minusDays(1), "to");
        assertInvalid("from=2025-13-01&to=" + DAY, "from");
        assertInvalid("from=" + DAY + "&to=yesterday", "to");
        assertInvalid("to=" + DAY, "from");
        assertInvalid("from=" + DAY, "to");
    }

    private void assertInvalid(String query, String field) {
        Reply reply = export(query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .as(reply.body())
                .containsExactly(field);
    }

    private static void assertDsjsonShape(JsonNode line) {
        List<Integer> actions = new ArrayList<>();
        line.get("a").forEach(action -> actions.add(action.asInt()));
        double sum = 0;
        for (JsonNode probability : line.get("p")) {
            sum += probability.asDouble();
        }
        int candidates = line.get("c").get("_multi").size();
        assertThat(actions)
                .hasSize(candidates)
                .doesNotHaveDuplicates()
                .allSatisfy(action -> assertThat(action).isBetween(1, candidates));
        assertThat(line.get("p")).hasSize(candidates);
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(line.get("_label_Action").asInt()).isEqualTo(actions.get(0));
        assertThat(line.get("_labelIndex").asInt()).isEqualTo(actions.get(0) - 1);
        assertThat(line.get("_label_probability").asDouble())
                .isEqualTo(line.get("p").get(0).asDouble())
                .isPositive();
        assertThat(line.get("VWState").get("m").asString()).isEqualTo("adaptive/4");
        assertThat(line.get("experiment").isNull()).isTrue();
    }

    private static void assertOutcome(JsonNode line, String outcome, double cost, Integer rating) {
        assertThat(line.get("outcome").asString()).isEqualTo(outcome);
        assertThat(line.get("_label_cost").asDouble()).isEqualTo(cost);
        if (rating == null) {
            assertThat(line.get("rating").isNull()).as(line.toString()).isTrue();
        } else {
            assertThat(line.get("rating").asInt()).isEqualTo(rating);
        }
    }

    private static DecisionLog read(List<JsonNode> lines, List<DecisionLine> into) {
        String text = lines.stream().map(JsonNode::toString).collect(Collectors.joining("\n", "", "\n"));
        DecisionLog log = new DecisionLog(null);
        try {
            log.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), into::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return log;
    }

    private Reply export(String query) {
        return api().get("/api/v1/decisions?" + query, Tokens.service());
    }

    /** This test's lines of an export, parsed; every line of the body must be JSON. */
    private List<JsonNode> ours(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body()
                .lines()
                .map(JSON::readTree)
                .filter(line -> line.get("c").get("user_id").asString().startsWith(prefix))
                .toList();
    }

    private void report(String user, JsonNode item, boolean done, Integer rating) {
        Reply reply = api().post(
                        "/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "plan_item_id": "%s", "completed": %s, "satisfaction_rating": %s,
                 "occurred_at": "%sT12:00:00Z"}""".formatted(user, id(item), done, rating, DAY));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT);
    }

    private PlanSteps steps() {
        return new PlanSteps(api());
    }

    private static String id(JsonNode item) {
        return item.get("plan_item_id").asString();
    }
}
