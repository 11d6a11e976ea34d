package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 17: every plan item is a logged decision, written with the plan, kept apart by row-level security. */
class PlanDecisionLogTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.now().minusDays(5);

    private final String user = "decisions-" + UUID.randomUUID();

    @Test
    void everyItemIsLoggedWithItsCandidatesProbabilitiesAndContext() {
        JsonNode plan = new Plans(api()).create(user, DAY);
        Map<String, String> taskByItem = Plans.items(plan).stream()
                .collect(Collectors.toMap(
                        item -> item.get("plan_item_id").asString(),
                        item -> item.get("task_library_id").asString()));

        List<List<Object>> rows = sql.query("service_role", null, """
                select plan_item_id::text, policy, probability_kind, pool, chosen, propensity, candidates::text,
                       context::text, category, replaced
                from plan_decisions where user_id = ?
                """, user);

        assertThat(rows).hasSize(5);
        for (List<Object> row : rows) {
            JsonNode candidates = JSON.readTree((String) row.get(6));
            int chosen = ((Number) row.get(4)).intValue();
            double propensity = (Double) row.get(5);
            assertThat(row.subList(1, 3)).containsExactly("adaptive/1", "exact");
            assertThat(row.get(3)).isIn("exploit", "explore", "novelty");
            assertThat(candidates.get(chosen).get("id").asString()).isEqualTo(taskByItem.get((String) row.get(0)));
            assertThat(candidates.get(chosen).get("p").asDouble()).isEqualTo(propensity);
            double sum = 0;
            for (JsonNode candidate : candidates) {
                sum += candidate.get("p").asDouble();
                assertThat(candidate.get("p").asDouble()).isGreaterThanOrEqualTo(0.05 / candidates.size() - 1e-12);
                assertThat(candidate.get("category").asString()).isEqualTo(row.get(8));
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
            JsonNode context = JSON.readTree((String) row.get(7));
            assertThat(context.get("phase").asString()).isEqualTo("discovery");
            assertThat(context.get("archetype").asString()).isEqualTo("foundation_builder");
            assertThat(context.get("mode").asString()).isEqualTo("medium");
            assertThat(context.get("day_of_week").asString())
                    .isEqualTo(DAY.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(row.get(9)).isEqualTo(false);
        }
    }

    @Test
    void aRegenerationMarksTheReplacedItemsDecisionsAndLogsTheNewOnes() {
        Plans plans = new Plans(api());
        plans.create(user, DAY);
        Reply regenerated = plans.post(user, ", \"date\": \"" + DAY + "\", \"regenerate\": true");
        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(201);

        assertThat(sql.query(
                        "service_role",
                        null,
                        "select replaced, count(*) from plan_decisions where user_id = ? group by 1 order by 1",
                        user))
                .containsExactly(List.of(false, 5L), List.of(true, 5L));
    }

    @Test
    void eachUserSeesOnlyTheirOwnDecisionsAndAnErasureLeavesNone() {
        new Plans(api()).create(user, DAY);
        String other = "decisions-other-" + UUID.randomUUID();

        assertThat(sql.query("authenticated", user, "select count(*) from plan_decisions"))
                .containsExactly(List.of(5L));
        assertThat(sql.query("authenticated", other, "select count(*) from plan_decisions where user_id = ?", user))
                .containsExactly(List.of(0L));

        assertThat(api().send(
                                "DELETE",
                                "/api/v1/users/" + user,
                                Map.of("Authorization", "Bearer " + Tokens.user(user)),
                                "")
                        .status())
                .isEqualTo(204);
        assertThat(sql.query("service_role", null, "select count(*) from plan_decisions where user_id = ?", user))
                .containsExactly(List.of(0L));
    }
}
