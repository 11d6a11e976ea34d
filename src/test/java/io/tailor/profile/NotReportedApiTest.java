package io.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Planned items left without a report reach the learned profile through the settlement job, once their
 * day has ended in the user's zone, exactly once, and as weak evidence that makes no dislike. The clock
 * is pinned to a Thursday at 15:00 UTC.
 */
class NotReportedApiTest extends FixedClockTest {

    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    private final String user = "ignore-" + UUID.randomUUID();

    @Autowired
    NotReportedSettlement settlement;

    @Test
    void yesterdaysUnreportedItemsBecomeWeakNegativeEvidenceOnceAndTodaysWait() {
        List<JsonNode> yesterday = plan(user, YESTERDAY);
        List<JsonNode> today = plan(user, TODAY);
        report(yesterday.get(0), true, yesterdayAt(9));
        report(yesterday.get(1), false, yesterdayAt(10));

        assertThat(settlement.settle(NOW)).isGreaterThanOrEqualTo(3);
        JsonNode profile = profile(user);
        for (JsonNode item : yesterday.subList(2, 5)) {
            JsonNode task = task(profile, item);
            assertThat(task.get("times_not_reported").asInt()).isEqualTo(1);
            assertThat(task.get("times_shown").asInt()).isEqualTo(1);
            assertThat(task.get("times_skipped").asInt()).isZero();
            assertThat(task.get("affinity").asDouble()).isLessThan(0.5).isGreaterThan(0.3);
        }
        assertThat(task(profile, yesterday.get(0)).get("times_not_reported").asInt())
                .isZero();
        for (JsonNode item : today) {
            assertThat(profile.toString())
                    .doesNotContain(item.get("task_library_id").asString());
        }
        assertThat(profile.get("disliked")).isEmpty();
        assertThat(profile.get("totals").get("total_feedback").asInt())
                .as("not reported is no feedback")
                .isEqualTo(2);

        settlement.settle(NOW);
        report(yesterday.get(2), true, yesterdayAt(20));
        JsonNode again = task(profile(user), yesterday.get(2));
        assertThat(again.get("times_not_reported").asInt())
                .as("settled once; a late report counts beside it")
                .isEqualTo(1);
        assertThat(again.get("times_completed").asInt()).isEqualTo(1);
    }

    @Test
    void aDayEndsInTheUsersZone() {
        setTimezone(user, "America/Los_Angeles");
        String kiritimati = user + "-kiritimati";
        setTimezone(kiritimati, "Pacific/Kiritimati");
        List<JsonNode> losAngeles = plan(user, TODAY);
        List<JsonNode> ahead = plan(kiritimati, TODAY);

        settlement.settle(NOW);

        assertThat(profile(user).get("tasks"))
                .as("08:00 in Los Angeles: the day goes on")
                .isEmpty();
        assertThat(task(profile(kiritimati), ahead.get(0))
                        .get("times_not_reported")
                        .asInt())
                .as("05:00 the next day in Kiritimati")
                .isEqualTo(1);
        assertThat(losAngeles).isNotEmpty();
    }

    private static Instant yesterdayAt(int hourUtc) {
        return YESTERDAY.atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }

    private List<JsonNode> plan(String userId, LocalDate date) {
        return PlanSteps.items(new PlanSteps(api()).plan(userId, date, ""));
    }

    private void report(JsonNode item, boolean completed, Instant at) {
        new PlanSteps(api()).report(user, item, completed, at);
    }

    private JsonNode profile(String userId) {
        Reply reply = api().get("/api/v1/feedback/profile/" + userId, Tokens.user(userId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode task(JsonNode profile, JsonNode item) {
        String id = item.get("task_library_id").asString();
        for (JsonNode task : profile.get("tasks")) {
            if (task.get("task_library_id").asString().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no stats for " + id + " in " + profile);
    }
}
