package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.LibraryPlansTest;
import java.time.LocalDate;
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
        assertThat(Plans.field(first, "movement", "reason")).startsWith("Best fit for a foundation builder");
        assertThat(Plans.field(second, "movement", "variation_group"))
                .isNotEqualTo(Plans.field(first, "movement", "variation_group"));
    }
}
