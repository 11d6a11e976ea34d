package io.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A task disliked only for three skips running lapses 28 days after the last skip and comes back in
 * plans as exploration, at most once a week; a low mean rating keeps it disliked. Dates count from the
 * pinned clock.
 */
class DislikeLapseApiTest extends FixedClockTest {

    private static final Instant LAST_SKIP_LAPSED = daysAgo(28, 9);

    @Test
    void aTaskSkippedThreeTimesComesBackAsExplorationAtMostOnceAWeekAfterFourWeeks() {
        String user = "lapse-probation-1";
        String task = movementTask(user);
        skipThrice(user, task, LAST_SKIP_LAPSED);
        assertThat(ids(profile(user).get("disliked"))).doesNotContain(task);

        // plans are drawn at random, seeded by the date: eight weeks leave no pinned clock without an offer
        List<LocalDate> offered = new ArrayList<>();
        for (LocalDate day = TODAY.plusDays(1);
                day.isBefore(TODAY.plusWeeks(8)) && offered.size() < 2;
                day = day.plusDays(1)) {
            JsonNode item = plan(user, day).get("items").get(0);
            if (item.get("task_library_id").asString().equals(task)) {
                offered.add(day);
                // the user has reported nothing for four weeks, so the plan is a welcome back too (issue 18, point 7)
                assertThat(item.get("reason").asString())
                        .startsWith("Another try, as exploration: skipped 3 times running, the last over 28 days ago"
                                + " (offered at most once a week)");
            }
        }
        assertThat(offered).isNotEmpty();
        for (int n = 1; n < offered.size(); n++) {
            assertThat(offered.get(n)).isAfterOrEqualTo(offered.get(n - 1).plusDays(7));
        }
    }

    @Test
    void beforeTheLapseTheTaskStaysOutAndALowRatingKeepsItOutForGood() {
        String recent = "lapse-recent-" + UUID.randomUUID();
        String task = movementTask(recent);
        skipThrice(recent, task, daysAgo(26, 9));
        assertThat(ids(profile(recent).get("disliked"))).contains(task);
        assertThat(plan(recent, TODAY.plusDays(1))
                        .get("items")
                        .get(0)
                        .get("task_library_id")
                        .asString())
                .isNotEqualTo(task);

        String rated = "lapse-rated-" + UUID.randomUUID();
        String hated = movementTask(rated);
        feedback(rated, hated, true, 1, daysAgo(29, 8));
        skipThrice(rated, hated, LAST_SKIP_LAPSED);
        assertThat(ids(profile(rated).get("disliked"))).contains(hated);
    }

    /** The movement task of a plan 29 days ago: one that fits the user, so plans can offer it again. */
    private String movementTask(String user) {
        return plan(user, TODAY.minusDays(29))
                .get("items")
                .get(0)
                .get("task_library_id")
                .asString();
    }

    private void skipThrice(String user, String task, Instant last) {
        feedback(user, task, false, null, daysAgo(29, 10));
        feedback(user, task, false, null, daysAgo(29, 11));
        feedback(user, task, false, null, last);
    }

    private static Instant daysAgo(int days, int hourUtc) {
        return TODAY.minusDays(days).atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }

    private JsonNode plan(String user, LocalDate date) {
        return new PlanSteps(api()).plan(user, date, ", \"categories\": [\"movement\"]");
    }

    private void feedback(String user, String task, boolean completed, Integer rating, Instant at) {
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "%s", "task_library_id": "%s", "task_name": "%s", "category": "movement",
                 "completed": %s, "satisfaction_rating": %s, "occurred_at": "%s"}""".formatted(
                        user, task, name(task), completed, rating, at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private String name(String task) {
        Reply reply = api().get("/api/v1/tasks?category=movement&limit=100", Tokens.service());
        for (JsonNode row : reply.json().get("tasks")) {
            if (row.get("id").asString().equals(task)) {
                return row.get("name").asString();
            }
        }
        throw new AssertionError("no task " + task);
    }

    private JsonNode profile(String user) {
        Reply reply = api().get("/api/v1/feedback/profile/" + user, Tokens.user(user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("task_library_id").asString()));
        return ids;
    }
}
