package io.tailor.phase;

import io.tailor.profile.LearningPhase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code learning_phase_transitions}: every transition with its cause, and celebrations until seen. */
@Repository
class PhaseHistory {

    private final JdbcClient jdbc;

    PhaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String userId, Transition transition) {
        var celebration = transition.celebration();
        jdbc.sql("""
                        insert into learning_phase_transitions (user_id, from_phase, to_phase, cause, reason,
                            transitioned_at, celebration_title, celebration_message)
                        values (:userId, :from, :to, :cause, :reason, :at, :title, :message)
                        """)
                .param("userId", userId)
                .param("from", transition.from().value())
                .param("to", transition.to().value())
                .param("cause", transition.cause().value())
                .param("reason", transition.reason())
                .param("at", Timestamp.from(transition.at()))
                .param("title", celebration == null ? null : celebration.title())
                .param("message", celebration == null ? null : celebration.message())
                .update();
    }

    List<Transition> all(String userId) {
        return jdbc.sql("select * from learning_phase_transitions where user_id = :userId order by transitioned_at, id")
                .param("userId", userId)
                .query((row, n) -> transition(row))
                .list();
    }

    /** The celebrations the user has not marked seen, oldest first. */
    List<UnreadCelebration> unread(String userId) {
        return jdbc.sql("""
                        select id, celebration_title, celebration_message from learning_phase_transitions
                        where user_id = :userId and celebration_title is not null and celebration_read_at is null
                        order by transitioned_at, id
                        """)
                .param("userId", userId)
                .query((row, n) ->
                        new UnreadCelebration(row.getObject(1, UUID.class), row.getString(2), row.getString(3)))
                .list();
    }

    /**
     * Marks one of the user's celebrations seen, keeping the first time it was; false when the user has no
     * celebration of that id (row-level security hides other users' anyway).
     */
    boolean markSeen(String userId, UUID id, Instant now) {
        return jdbc.sql("""
                        update learning_phase_transitions set celebration_read_at = coalesce(celebration_read_at, :now)
                        where id = :id and user_id = :userId and celebration_title is not null
                        """)
                        .param("id", id)
                        .param("userId", userId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private static Transition transition(ResultSet row) throws SQLException {
        String title = row.getString("celebration_title");
        return new Transition(
                LearningPhase.parse("from_phase", row.getString("from_phase")),
                LearningPhase.parse("to_phase", row.getString("to_phase")),
                Transition.Cause.valueOf(row.getString("cause").toUpperCase(java.util.Locale.ROOT)),
                row.getTimestamp("transitioned_at").toInstant(),
                row.getString("reason"),
                title == null ? null : new Transition.Celebration(title, row.getString("celebration_message")));
    }
}
