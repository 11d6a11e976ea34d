package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.Tokens;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan asked for without a date is for today where the user lives: at 15:00 UTC, Kiritimati (UTC+14) is on the next day. */
class PlanDayTest extends FixedClockTest {

    private final String islander = "kiritimati-" + UUID.randomUUID();

    @Test
    void withoutADateThePlanIsForTodayInTheUsersZoneAndIsFoundAgain() {
        setTimezone(islander, "Pacific/Kiritimati");
        Plans plans = new Plans(api());

        Reply created = plans.post(islander, "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("date").asString())
                .isEqualTo(TODAY.plusDays(1).toString());
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select distinct last_used_at from task_rotation_state where user_id = ?",
                        islander))
                .as("rotation marks at the start of the plan's day in the user's zone")
                .containsExactly(List.of(Timestamp.from(TODAY.plusDays(1)
                        .atStartOfDay(ZoneId.of("Pacific/Kiritimati"))
                        .toInstant())));

        Reply again = plans.post(islander, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("plan_id")).isEqualTo(created.json().get("plan_id"));
        Reply read = api().get("/api/v1/plans/" + islander, Tokens.user(islander));
        assertThat(read.json().get("plan_id")).isEqualTo(created.json().get("plan_id"));
    }

    @Test
    void aNewcomersDayIsTodayInUtc() {
        Reply created = new Plans(api()).post("newcomer-" + UUID.randomUUID(), "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("date").asString()).isEqualTo(TODAY.toString());
    }
}
