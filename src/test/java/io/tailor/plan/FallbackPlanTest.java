package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.FeaturesOffTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FallbackPlanTest extends FeaturesOffTest {

    @Test
    void withBothDynamicFlagsOffTheFallbackSourceServesTheStandardPlan() {
        JsonNode plan = new Plans(api()).create("fallback-user", java.time.LocalDate.now());

        assertThat(plan.get("source").asString()).isEqualTo("fallback");
        assertThat(Plans.field(plan, "hydration", "task_name")).isEqualTo("Morning Lemon Water");
        assertThat(Plans.field(plan, "hydration", "reason")).isEqualTo("Part of your standard daily plan");
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select count(*) from task_rotation_state where user_id = ?",
                        "fallback-user"))
                .containsExactly(java.util.List.of(0L));
    }
}
