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
                select plan_item_id::text, policy, probability_kind, pool, chosen, propensity, multi,
                       array_to_json(probabilities)::text, category, replaced, phase, archetype, mode, outcome, day_ends_at,
                       category_tried
                from plan_decisions where user_id = ?
                """, user);

        assertThat(rows).hasSize(5);
        for (List<Object> row : rows) {
            JsonNode candidates = JSON.readTree((String) row.get(6));
            double[] probabilities = JSON.readValue((String) row.get(7), double[].class);
            int chosen = ((Number) row.get(4)).intValue();
            double propensity = (Double) row.get(5);
            assertThat(row.subList(1, 3)).containsExactly("adaptive/4", "exact");
            assertThat(row.get(3)).isIn("exploit", "explore", "novelty");
            assertThat(candidates).hasSize(probabilities.length);
            assertThat(candidates.get(chosen).get("id").asString()).isEqualTo(taskByItem.get((String) row.get(0)));
            assertThat(probabilities[chosen]).isEqualTo(propensity);
            double sum = 0;
            for (int i = 0; i < probabilities.length; i++) {
                sum += probabilities[i];
                assertThat(probabilities[i]).isGreaterThanOrEqualTo(0.05 / candidates.size() - 1e-12);
                assertThat(candidates.get(i).get("category").asString()).isEqualTo(row.get(8));
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
            assertThat(row.get(9)).isEqualTo(false);
            assertThat(row.subList(10, 14)).containsExactly("discovery", "foundation_builder", "medium", null);
            assertThat(((Number) row.get(15)).intValue())
                    .as("a new user has tried nothing")
                    .isZero();
            // the user has no zone yet: the day ends at UTC midnight
            assertThat(((java.sql.Timestamp) row.get(14)).toInstant())
                    .isEqualTo(DAY.plusDays(1)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant());
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
