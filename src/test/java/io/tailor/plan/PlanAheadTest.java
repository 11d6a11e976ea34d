package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.FixedClockTest;
import io.tailor.support.Tokens;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: a plan made ahead marks rotation for its own day, and nothing that plans for today (the
 * selector, {@code GET /tasks?user_id=}) counts marks later than the time it plans for. Today is the
 * pinned clock's.
 */
class PlanAheadTest extends FixedClockTest {

    private final String user = "ahead-" + UUID.randomUUID();

    @Test
    void aPlanForTomorrowMarksTomorrowAndHoldsNothingBackToday() {
        JsonNode tomorrow = plans().create(user, TODAY.plusDays(1));
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select distinct last_used_at from task_rotation_state where user_id = ?",
                        user))
                .containsExactly(List.of(startOf(TODAY.plusDays(1))));
        assertThat(excludedToday()).as("tomorrow is not lived yet").isEmpty();

        JsonNode today = plans().create(user, TODAY);
        assertThat(excludedToday()).isEqualTo(groups(today));
        assertThat(excludedToday()).doesNotContainAnyElementsOf(minus(groups(tomorrow), groups(today)));
    }

    @Test
    void tomorrowsPlanTakesNoGroupAwayFromToday() {
        JsonNode natural = plans().create(user, TODAY);
        // the same tasks planned for tomorrow instead, as if tomorrow had been planned first
        sql.update("service_role", null, "update plans set plan_date = plan_date + 1 where user_id = ?", user);
        sql.update(
                "service_role",
                null,
                "update task_rotation_state set last_used_at = ? where user_id = ?",
                startOf(TODAY.plusDays(1)),
                user);

        JsonNode today = plans().create(user, TODAY);

        assertThat(taskIds(today))
                .as("the same draw as with nothing planned ahead")
                .isEqualTo(taskIds(natural));
    }

    @Test
    void todaysGroupsStayExcludedWhenAPlanAheadMovedTheirMark() {
        JsonNode today = plans().create(user, TODAY);
        JsonNode later = plans().create(user, TODAY.plusDays(2));
        // a group free again after the window may be reused ahead, which moves its one mark to that day
        sql.update(
                "service_role",
                null,
                "update task_rotation_state set last_used_at = ? where user_id = ?",
                startOf(TODAY.plusDays(2)),
                user);

        assertThat(excludedToday()).isEqualTo(groups(today));
        assertThat(excludedToday()).doesNotContainAnyElementsOf(minus(groups(later), groups(today)));
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private Plans plans() {
        return new Plans(api());
    }

    private Set<String> excludedToday() {
        JsonNode reply =
                api().get("/api/v1/tasks?user_id=" + user, Tokens.user(user)).json();
        Set<String> excluded = new java.util.HashSet<>();
        reply.get("excluded_variation_groups").forEach(group -> excluded.add(group.asString()));
        return excluded;
    }

    private static Set<String> groups(JsonNode plan) {
        return Plans.items(plan).stream()
                .map(item -> item.get("variation_group").asString())
                .collect(Collectors.toSet());
    }

    private static List<String> taskIds(JsonNode plan) {
        return Plans.items(plan).stream()
                .map(item -> item.get("task_library_id").asString())
                .toList();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(group -> !b.contains(group)).collect(Collectors.toSet());
    }
}
