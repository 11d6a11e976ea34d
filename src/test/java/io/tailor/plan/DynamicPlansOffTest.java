package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.ServiceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: {@code ENABLE_DYNAMIC_PLANS=false} means no dynamic plan at all, though
 * {@code ADAPTIVE_LEARNING_ENABLED} keeps its default, true.
 */
@TestPropertySource(properties = "tailor.flags.enable-dynamic-plans=false")
class DynamicPlansOffTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @Test
    void withDynamicPlansOffTheFallbackServesWhateverTheAdaptiveFlagSays() {
        JsonNode plan = new Plans(api()).create("dynamic-off", LocalDate.now());

        assertThat(plan.get("source").asString()).isEqualTo("fallback");
        assertThat(Plans.field(plan, "hydration", "reason")).isEqualTo("Part of your standard daily plan");
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select count(*) from task_rotation_state where user_id = ?",
                        "dynamic-off"))
                .as("a fallback plan marks no rotation")
                .containsExactly(List.of(0L));
    }

    @Test
    void aFallbackPlanIsLoggedWithProbabilityOneAndMarkedSo() {
        new Plans(api()).create("dynamic-off-log", LocalDate.now());

        assertThat(sql.query(
                        "service_role",
                        null,
                        "select policy, pool, propensity, chosen, cardinality(probabilities) from plan_decisions"
                                + " where user_id = ? group by 1, 2, 3, 4, 5",
                        "dynamic-off-log"))
                .containsExactly(List.of("fallback", "fallback", 1.0, 0, 1));
    }
}
