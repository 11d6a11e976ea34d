package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FixedClockTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, point 7, over HTTP: the first plan after missed days carries {@code welcome_back} and reasons that
 * say what the return made of each choice; a plan after a report yesterday, and a newcomer's, carry neither.
 * The days missed are logged with each decision.
 */
class WelcomeBackApiTest extends FixedClockTest {

    private final String user = "welcome-" + UUID.randomUUID();

    @Test
    void aPlanAfterTwoMissedDaysSaysWelcomeBackAndLogsTheDays() {
        reportWholePlanOn(TODAY.minusDays(3));

        JsonNode plan = new Plans(api()).create(user, TODAY);

        assertThat(plan.get("welcome_back").get("days_missed").asInt()).isEqualTo(2);
        assertThat(plan.get("welcome_back").get("message").asString()).startsWith("Welcome back! After 2 days away");
        assertThat(reasons(plan))
                .as("the items drawn for the return say so")
                .anyMatch(reason -> reason.contains("Welcome back: kept"));
        Reply read = api().get("/api/v1/plans/" + user + "?date=" + TODAY, Tokens.user(user));
        assertThat(read.json().get("welcome_back")).isEqualTo(plan.get("welcome_back"));
        assertThat(daysMissedLogged(TODAY)).containsOnly(Arrays.asList((Object) 2));
    }

    @Test
    void aPlanAfterAReportYesterdayIsNoWelcomeBack() {
        reportWholePlanOn(TODAY.minusDays(1));

        JsonNode plan = new Plans(api()).create(user, TODAY);

        assertThat(plan.has("welcome_back")).isFalse();
        assertThat(reasons(plan)).noneMatch(reason -> reason.contains("Welcome back"));
        assertThat(daysMissedLogged(TODAY)).containsOnly(Arrays.asList((Object) 0));
    }

    @Test
    void aNewcomerIsNotReturning() {
        JsonNode plan = new Plans(api()).create(user, TODAY);

        assertThat(plan.has("welcome_back")).isFalse();
        assertThat(daysMissedLogged(TODAY)).containsOnly(Arrays.asList((Object) null));
    }

    @Test
    void regeneratingTheReturnDayAfterAReportKeepsItsWelcomeBack() {
        reportWholePlanOn(TODAY.minusDays(5));
        JsonNode first = new Plans(api()).create(user, TODAY);
        new PlanSteps(api()).report(user, first.get("items").get(0), true, NOW);

        Reply regenerated = new Plans(api()).post(user, ", \"date\": \"" + TODAY + "\", \"regenerate\": true");

        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(201);
        assertThat(regenerated.json().get("welcome_back").get("days_missed").asInt())
                .isEqualTo(4);
    }

    private void reportWholePlanOn(LocalDate day) {
        PlanSteps steps = new PlanSteps(api());
        for (JsonNode item : PlanSteps.items(steps.plan(user, day, ""))) {
            steps.report(user, item, true, day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
    }

    private static List<String> reasons(JsonNode plan) {
        return Plans.items(plan).stream()
                .map(item -> item.get("reason").asString())
                .toList();
    }

    private List<List<Object>> daysMissedLogged(LocalDate day) {
        return sql.query(
                "service_role",
                null,
                "select days_missed from plan_decisions where user_id = ? and plan_date = ? and not replaced",
                user,
                day);
    }
}
