package io.tailor.priors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.TaskPrior;
import io.tailor.support.Api;
import io.tailor.support.PlanSteps;
import io.tailor.support.ServiceTest;
import io.tailor.support.Sql.SqlFailure;
import io.tailor.support.Tokens;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Pooled priors over real HTTP and PostgreSQL, on a database of their own so every count is known: only
 * cells with enough users are kept, nothing of a user leaves the count, a deleted user leaves it at the next
 * refresh, an arm that does not learn stays out, and a new user's plan starts from it and says so.
 */
@TestPropertySource(properties = "tailor.priors.min-users=5")
class PooledPriorsApiTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final String CATEGORY = "hydration";

    @Autowired
    private PooledPriorsSource priors;

    @Autowired
    private PriorsStore store;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private PriorsSettings settings;

    @Autowired
    private Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @Test
    void countsOnlyCellsWithEnoughUsersNothingPerUserAndForgetsADeletedUserAtTheNextRefresh() {
        PriorsFixture fixture = new PriorsFixture(sql, CATEGORY);
        int tasks = fixture.tasks();
        JsonNode before = refresh(); // other tests' users, in other categories
        List<String> builders = users("builder", 5);
        builders.forEach(user -> fixture.plan(
                user, "foundation_builder", "medium", PriorsFixture.TODAY.minusDays(3), "done", null, null));
        users("peak", 4)
                .forEach(user -> fixture.plan(
                        user, "peak_performer", "high", PriorsFixture.TODAY.minusDays(3), "done", null, null));
        // not counted: today's pending items (their day is not over), and an arm that does not learn
        fixture.plan(builders.getFirst(), "foundation_builder", "medium", PriorsFixture.TODAY, "pending", null, null);
        sql.update("service_role", null, """
                insert into experiments (id, status, arms, created_at, stopped_at) values ('priors-holdout', 'stopped',
                  '[{"name": "learner", "policy": "adaptive", "share": 0.5, "learns": true},
                    {"name": "holdout", "policy": "library", "share": 0.5, "learns": false}]', now(), now())""");
        fixture.plan(
                "pool-holdout",
                "foundation_builder",
                "medium",
                PriorsFixture.TODAY.minusDays(2),
                "skipped",
                "priors-holdout",
                "holdout");

        JsonNode counted = refresh();

        assertThat(added(before, counted, "users")).isEqualTo(9);
        assertThat(added(before, counted, "outcomes")).isEqualTo(9L * tasks);
        assertThat(counted.get("min_users").asInt()).isEqualTo(5);
        assertThat(added(before, counted, "cells", "everyone")).isEqualTo(tasks);
        assertThat(added(before, counted, "cells", "archetype")).isEqualTo(tasks);
        assertThat(added(before, counted, "cells", "archetype_and_mode")).isEqualTo(tasks);
        assertThat(added(before, counted, "cells_withheld"))
                .as("the four peak performers' cells")
                .isEqualTo(2L * tasks);
        assertThat(counted.toString()).doesNotContain("pool-");
        PooledPriors pooled = priors.current();
        assertThat(pooled.cells().values())
                .allSatisfy(prior -> assertThat(prior.users()).isGreaterThanOrEqualTo(5));
        String task = taskOf(CATEGORY);
        assertThat(pooled.of(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .hasValue(new TaskPrior(TaskPrior.Cohort.ARCHETYPE_AND_MODE, 5, 5, 5, 5, 25));
        assertThat(pooled.of(task, Archetype.PEAK_PERFORMER, EnergyMode.HIGH))
                .as("too few peak performers: everyone's cell")
                .hasValue(new TaskPrior(TaskPrior.Cohort.EVERYONE, 9, 9, 9, 9, 45));

        Api.Reply deleted = api().send(
                        "DELETE",
                        "/api/v1/users/" + builders.getLast(),
                        Map.of("Authorization", "Bearer " + Tokens.service()),
                        "");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(priors.current().of(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .as("until the next refresh")
                .map(TaskPrior::users)
                .hasValue(5);
        JsonNode after = refresh();

        assertThat(added(before, after, "users")).isEqualTo(8);
        assertThat(added(before, after, "cells", "archetype")).isZero();
        assertThat(priors.current().of(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .hasValue(new TaskPrior(TaskPrior.Cohort.EVERYONE, 8, 8, 8, 8, 40));
    }

    @Test
    void aNewUsersPlanStartsFromWhatPeopleLikeThemDidAndSaysSo() {
        PriorsFixture fixture = new PriorsFixture(sql, "movement");
        users("mover", 5)
                .forEach(user -> fixture.plan(
                        user, "foundation_builder", "medium", PriorsFixture.TODAY.minusDays(4), "done", null, null));
        refresh();

        JsonNode plan =
                new PlanSteps(api()).plan("pool-newcomer", PriorsFixture.TODAY, ", \"categories\": [\"movement\"]");

        assertThat(PlanSteps.items(plan))
                .singleElement()
                .satisfies(item -> assertThat(item.get("reason").asString())
                        .isEqualTo("Popular with people like you: done by 100%"));
    }

    @Test
    void aUserInAnArmThatDoesNotLearnPlansWithoutThePriors() {
        PriorsFixture fixture = new PriorsFixture(sql, "nutrition");
        users("eater", 5)
                .forEach(user -> fixture.plan(
                        user, "foundation_builder", "medium", PriorsFixture.TODAY.minusDays(5), "done", null, null));
        refresh();
        Api.Reply started = api().send(
                        "PUT",
                        "/api/v1/experiments/priors-no-learning",
                        Map.of("Authorization", "Bearer " + Tokens.service(), "Content-Type", "application/json"),
                        """
                {"arms": [{"name": "a", "policy": "adaptive", "share": 0.5, "learns": false},
                          {"name": "b", "policy": "adaptive", "share": 0.5, "learns": false}]}""");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        try {
            JsonNode plan = new PlanSteps(api())
                    .plan("pool-held-out", PriorsFixture.TODAY, ", \"categories\": [\"nutrition\"]");

            assertThat(PlanSteps.items(plan))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("reason").asString()).doesNotContain("Popular"));
        } finally {
            api().post("/api/v1/experiments/priors-no-learning/stop", Tokens.service(), "");
        }
    }

    @Test
    void aCountAskedForOnOneInstanceReachesTheOthersAndOnlyTheServiceRoleSeesTheRequests() {
        PooledPriorsSource other = new PooledPriorsSource(store, transaction, settings, clock);
        assertThat(other.follow())
                .as("without a count yet (its first failed), it counts at its next look")
                .isTrue();
        assertThat(other.follow()).as("nothing asked for since").isFalse();
        PriorsFixture fixture = new PriorsFixture(sql, "recovery");
        users("rester", 5)
                .forEach(user -> fixture.plan(
                        user, "foundation_builder", "medium", PriorsFixture.TODAY.minusDays(2), "done", null, null));
        String task = taskOf("recovery");

        refresh(); // on this test's instance

        assertThat(priors.current().of(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .as("the asking instance")
                .isPresent();
        assertThat(other.current().of(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .as("the other instance, before it looks")
                .isEmpty();
        assertThat(other.follow()).as("it sees a request newer than its count").isTrue();
        assertThat(other.current().of(task, Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .hasValue(new TaskPrior(TaskPrior.Cohort.ARCHETYPE_AND_MODE, 5, 5, 5, 5, 25));
        assertThat(other.follow()).as("and counts it once").isFalse();

        assertThatThrownBy(() -> sql.query("authenticated", "pool-rester-0", "select * from priors_refresh_requests"))
                .isInstanceOfSatisfying(
                        SqlFailure.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThat(sql.query("service_role", null, "select generation > 0 from priors_refresh_requests"))
                .containsExactly(List.of(true));
    }

    @Test
    void onlyTheServiceRoleMayCount() {
        Api.Reply reply = api().post("/api/v1/priors/refresh", Tokens.user("pool-curious"), "");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private JsonNode refresh() {
        Api.Reply reply = api().post("/api/v1/priors/refresh", Tokens.service(), "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long added(JsonNode before, JsonNode after, String... path) {
        JsonNode was = before;
        JsonNode is = after;
        for (String field : path) {
            was = was.get(field);
            is = is.get(field);
        }
        return is.asLong() - was.asLong();
    }

    private String taskOf(String category) {
        return (String) sql.query(
                        "service_role",
                        null,
                        "select min(id) from task_library where is_active and category = ?::task_category",
                        category)
                .getFirst()
                .getFirst();
    }

    private static List<String> users(String kind, int count) {
        return IntStream.range(0, count).mapToObj(i -> "pool-" + kind + "-" + i).toList();
    }
}
