package io.tailor.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The profile tables. Every statement is keyed by {@code user_id} (a primary-key prefix), so its cost
 * does not depend on how much history the user has. Callers run inside an identity-carrying transaction.
 */
@Repository
public class ProfileStore {

    private static final String HEADER_COLUMNS =
            """
            user_id, timezone, current_learning_phase, phase_started_at, phase_baseline_at, phase_baseline_completed,
            total_feedback, total_completed,
            total_skipped, first_activity_at, last_activity_at""";

    private final JdbcClient jdbc;

    private final PreferenceRows rows;

    ProfileStore(JdbcClient jdbc, PreferenceRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * The user's profile row, created on first contact, locked until the transaction ends: one user's
     * feedback is applied one at a time, so concurrent updates are never lost.
     */
    public ProfileHeader lockOrCreate(String userId, Instant now) {
        return jdbc.sql(
                        """
                        insert into user_preference_profile (user_id, phase_started_at) values (:userId, :now)
                        on conflict (user_id) do update set updated_at = now()
                        returning\s"""
                                + HEADER_COLUMNS)
                .param("userId", userId)
                .param("now", Timestamp.from(now))
                .query(ProfileStore::header)
                .single();
    }

    public Optional<ProfileHeader> find(String userId) {
        return jdbc.sql("select " + HEADER_COLUMNS + " from user_preference_profile where user_id = :userId")
                .param("userId", userId)
                .query(ProfileStore::header)
                .optional();
    }

    /** The whole profile in three indexed reads; bounded by the library's size, not by history. */
    public Optional<PreferenceProfile> load(String userId) {
        return find(userId).map(header -> new PreferenceProfile(header, rows.categories(userId), rows.tasks(userId)));
    }

    public ProfileHeader setTimezone(String userId, ZoneId zone, Instant now) {
        return jdbc.sql(
                        """
                        insert into user_preference_profile (user_id, timezone, phase_started_at)
                        values (:userId, :zone, :now)
                        on conflict (user_id) do update set timezone = excluded.timezone, updated_at = now()
                        returning\s"""
                                + HEADER_COLUMNS)
                .param("userId", userId)
                .param("zone", zone.getId())
                .param("now", Timestamp.from(now))
                .query(ProfileStore::header)
                .single();
    }

    public void saveHeader(ProfileHeader header) {
        Totals totals = header.totals();
        jdbc.sql(
                        """
                        update user_preference_profile
                        set current_learning_phase = :phase, phase_started_at = :phaseStartedAt,
                            phase_baseline_at = :baselineAt, phase_baseline_completed = :baselineCompleted,
                            total_feedback = :feedback, total_completed = :completed, total_skipped = :skipped,
                            first_activity_at = :first, last_activity_at = :last, updated_at = now()
                        where user_id = :userId
                        """)
                .param("userId", header.userId())
                .param("phase", header.phase().value())
                .param("phaseStartedAt", Timestamp.from(header.phaseStartedAt()))
                .param("baselineAt", timestamp(header.phaseBaselineAt()))
                .param("baselineCompleted", header.phaseBaselineCompleted())
                .param("feedback", totals.feedback())
                .param("completed", totals.completed())
                .param("skipped", totals.skipped())
                .param("first", timestamp(totals.firstActivityAt()))
                .param("last", timestamp(totals.lastActivityAt()))
                .update();
    }

    private static ProfileHeader header(ResultSet row, int n) throws SQLException {
        return new ProfileHeader(
                row.getString("user_id"),
                ZoneId.of(row.getString("timezone")),
                LearningPhase.parse("current_learning_phase", row.getString("current_learning_phase")),
                instant(row, "phase_started_at"),
                instant(row, "phase_baseline_at"),
                row.getInt("phase_baseline_completed"),
                new Totals(
                        row.getInt("total_feedback"),
                        row.getInt("total_completed"),
                        row.getInt("total_skipped"),
                        instant(row, "first_activity_at"),
                        instant(row, "last_activity_at")));
    }

    static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
