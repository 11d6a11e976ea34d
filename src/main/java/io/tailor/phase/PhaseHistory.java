package io.tailor.phase;

import io.tailor.profile.LearningPhase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code learning_phase_transitions}: every transition with its cause, and celebrations until read. */
@Repository
class PhaseHistory {

    private final JdbcClient jdbc;

    PhaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String userId, Transition transition) {
        var celebration = transition.celebration();
        jdbc.sql(
                        """
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

    /** The celebrations not yet shown to the user, oldest first, leaving them unread (for the service role). */
    List<Transition.Celebration> unread(String userId) {
        return jdbc.sql(
                        """
                        select celebration_title, celebration_message from learning_phase_transitions
                        where user_id = :userId and celebration_title is not null and celebration_read_at is null
                        order by transitioned_at
                        """)
                .param("userId", userId)
                .query((row, n) -> new Transition.Celebration(row.getString(1), row.getString(2)))
                .list();
    }

    /** Returns the celebrations not yet shown, oldest first, and marks them read. */
    List<Transition.Celebration> takeUnread(String userId, Instant now) {
        return jdbc
                .sql(
                        """
                        update learning_phase_transitions set celebration_read_at = :now
                        where user_id = :userId and celebration_title is not null and celebration_read_at is null
                        returning celebration_title, celebration_message, transitioned_at
                        """)
                .param("userId", userId)
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Dated(
                        row.getTimestamp("transitioned_at").toInstant(),
                        new Transition.Celebration(row.getString(1), row.getString(2))))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Dated::at))
                .map(Dated::celebration)
                .toList();
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

    private record Dated(Instant at, Transition.Celebration celebration) {}
}
