package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 where the rule lives: {@code record_feedback()} ({@code R__record_feedback.sql}) refuses a second report of a plan item
 * and fields that contradict it, and the unique index refuses a second link to an item whatever writes it.
 */
class PlanItemReportedOnceSqlTest extends IntegrationTest {

    private final String user = "sql-item-" + UUID.randomUUID();

    @Test
    void theFunctionRefusesASecondReportNamingTheFirstAndAContradictionNamingTheField() {
        var items = plan().get("items");
        String item = items.get(0).get("plan_item_id").asString();
        String first = record(item, null);

        assertThatThrownBy(() -> record(item, null)).satisfies(e -> {
            SQLException sql = rootSql(e);
            assertThat(sql.getSQLState()).isEqualTo("TLI09");
            assertThat(sql.getMessage()).contains(first);
        });
        String other = items.get(1).get("plan_item_id").asString();
        assertThatThrownBy(() -> record(other, "Not The Item's Task")).satisfies(e -> {
            var server = ((org.postgresql.util.PSQLException) rootSql(e)).getServerErrorMessage();
            assertThat(server.getSQLState()).isEqualTo("TLI22");
            assertThat(server.getColumn()).isEqualTo("task_name");
        });
    }

    @Test
    void theUniqueIndexRefusesASecondFeedbackLinkedToOneItem() {
        String item = plan().get("items").get(0).get("plan_item_id").asString();
        record(item, null);

        assertThatThrownBy(() -> sql.update("service_role", null, """
                        insert into user_task_feedback (user_id, plan_item_id, task_name, category, completed,
                            occurred_at, local_date)
                        values (?, cast(? as uuid), 'Again', 'hydration', true, now(), current_date)
                        """, user, item))
                .satisfies(e -> assertThat(rootSql(e).getSQLState()).isEqualTo("23505"));
    }

    @Test
    void aReportedItemCannotBeDeletedFromUnderItsFeedback() {
        // V14: the report's key to its item pairs user_id too, so deleting the item no longer unlinks the report
        String item = plan().get("items").get(0).get("plan_item_id").asString();
        record(item, null);

        assertThatThrownBy(() -> sql.update(
                        "service_role",
                        null,
                        "delete from plan_items where user_id = ? and id = cast(? as uuid)",
                        user,
                        item))
                .satisfies(e -> assertThat(rootSql(e).getSQLState()).isEqualTo("23503"));
    }

    /** A new plan for today. */
    private tools.jackson.databind.JsonNode plan() {
        return api().post("/api/v1/plans", Tokens.user(user), """
                        {"user_id": "%s", "archetype": "peak_performer", "mode": "high"}""".formatted(user))
                .json();
    }

    /** record_feedback() called as the user, as FeedbackStatement calls it; returns the feedback id. */
    private String record(String item, String taskName) {
        return sql.asUser(user, connection -> {
            try (PreparedStatement call = connection.prepareStatement("""
                    select feedback_id::text from record_feedback('authenticated', ?, ?, null, null, null, null,
                        cast(? as uuid), ?, null, true, null, null, now(), now(), '{}')
                    """)) {
                call.setString(1, "{\"sub\":\"" + user + "\",\"role\":\"authenticated\"}");
                call.setString(2, user);
                call.setString(3, item);
                call.setString(4, taskName);
                try (var rows = call.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    private static SQLException rootSql(Throwable e) {
        SQLException found = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }
}
