package io.tailor.priors;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.selection.PooledPriors;
import io.tailor.support.Api;
import io.tailor.support.PlanSteps;
import io.tailor.support.ServiceTest;
import io.tailor.support.Tokens;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code TAILOR_PRIORS_ENABLED=false}: nothing is counted, plans start from the library alone, the endpoint says it is off. */
@TestPropertySource(properties = {"tailor.priors.enabled=false", "tailor.priors.min-users=5"})
class PooledPriorsOffTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @Autowired
    private PooledPriorsSource priors;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @Test
    void withPoolingOffNothingIsCountedOrUsedAndTheRefreshIsRefused() {
        PriorsFixture fixture = new PriorsFixture(sql, "movement");
        IntStream.range(0, 5)
                .forEach(i -> fixture.plan(
                        "off-mover-" + i,
                        "foundation_builder",
                        "medium",
                        PriorsFixture.TODAY.minusDays(4),
                        "done",
                        null,
                        null));

        Api.Reply reply = api().post("/api/v1/priors/refresh", Tokens.service(), "");
        priors.tick();
        boolean followed = priors.follow();
        JsonNode plan =
                new PlanSteps(api()).plan("off-newcomer", PriorsFixture.TODAY, ", \"categories\": [\"movement\"]");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).contains("TAILOR_PRIORS_ENABLED=false");
        assertThat(followed).as("the 15-second look counts nothing either").isFalse();
        assertThat(priors.current()).isSameAs(PooledPriors.NONE);
        assertThat(sql.query("service_role", null, "select count(*) from priors_refresh_requests"))
                .as("the refused refresh asked no other instance to count")
                .containsExactly(List.of(0L));
        assertThat(PlanSteps.items(plan))
                .singleElement()
                .satisfies(item -> assertThat(item.get("reason").asString()).doesNotContain("Popular"));
    }
}
