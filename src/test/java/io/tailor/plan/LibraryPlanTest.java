package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api;
import io.tailor.support.LibraryPlansTest;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LibraryPlanTest extends LibraryPlansTest {

    @Test
    void withAdaptiveLearningOffPlansComeFromLibraryScoringWithRotation() {
        Plans plans = new Plans(api());
        LocalDate day = LocalDate.now().minusDays(3);
        JsonNode first = plans.create("library-user", day);
        JsonNode second = plans.create("library-user", day.plusDays(1));

        assertThat(first.get("source").asString()).isEqualTo("library");
        // the best fit, unless the exploration floor drew this slot (then it says so)
        String pool = (String) sql.query(
                        "service_role",
                        null,
                        "select pool from plan_decisions where user_id = ? and plan_item_id = ?",
                        "library-user",
                        UUID.fromString(Plans.field(first, "movement", "plan_item_id")))
                .getFirst()
                .getFirst();
        assertThat(Plans.field(first, "movement", "reason"))
                .startsWith(pool.equals("exploit") ? "Best fit for a foundation builder" : "A change of pace");
        assertThat(Plans.field(second, "movement", "variation_group"))
                .isNotEqualTo(Plans.field(first, "movement", "variation_group"));
    }

    /** Issue 11, point 3: a task done that day is not offered again that day, also when reported without a plan item. */
    @Test
    void aTaskAlreadyDoneTodayWithoutAPlanItemIsNotPlannedToday() {
        Plans plans = new Plans(api());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String best = Plans.field(
                plans.create("library-reference-" + UUID.randomUUID(), today), "hydration", "task_library_id");
        String user = "library-done-" + UUID.randomUUID();
        Api.Reply done = api().post("/api/v1/feedback/task", Tokens.user(user), """
                        {"user_id": "%s", "task_name": "whatever the app calls it", "task_library_id": "%s",
                         "category": "hydration", "completed": true}""".formatted(user, best));
        assertThat(done.status()).as(done.body()).isEqualTo(201);

        JsonNode plan = plans.create(user, today);

        assertThat(Plans.field(plan, "hydration", "task_library_id"))
                .as("the best fit, done already today, gives way to the next")
                .isNotEqualTo(best);
        assertThat(Plans.field(plans.create(user, today.plusDays(1)), "hydration", "task_library_id"))
                .as("tomorrow is another day")
                .isNotNull();
    }
}
