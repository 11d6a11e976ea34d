package io.tailor.plan;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items of stored plans, as feedback sees them. */
@Repository
public class PlanItems {

    private final JdbcClient jdbc;

    PlanItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the user's plan item done or skipped; false when the user has no such item. */
    public boolean markOutcome(UUID planItemId, String userId, boolean completed) {
        return jdbc.sql(
                                """
                        update plan_items set status = :status
                        where id = :id and user_id = :userId
                        """)
                        .param("status", completed ? "done" : "skipped")
                        .param("id", planItemId)
                        .param("userId", userId)
                        .update()
                == 1;
    }
}
