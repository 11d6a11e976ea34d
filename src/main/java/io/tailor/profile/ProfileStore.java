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
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile tables. Every statement is keyed by {@code user_id} (a primary-key prefix), so its cost
 * does not depend on how much history the user has. Callers run inside an identity-carrying transaction.
 */
@Repository
public class ProfileStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The user's profile row, created on first contact, locked until the transaction ends: one user's
     * feedback is applied one at a time, so concurrent updates are never lost.
     */
    public ProfileHeader lockOrCreate(String userId, Instant now) {
        return jdbc.sql("""
                        insert into user_preference_profile as p (user_id, phase_started_at) values (:userId, :now)
                        on conflict (user_id) do update set updated_at = now()
                        returning to_json(p)
                        """)
                .param("userId", userId)
                .param("now", Timestamp.from(now))
                .query(this::header)
                .single();
    }

    public Optional<ProfileHeader> find(String userId) {
        return jdbc.sql("select to_json(p) from user_preference_profile p where user_id = :userId")
                .param("userId", userId)
                .query(this::header)
                .optional();
    }

    /** The whole profile in one statement of three indexed reads; bounded by the library's size, not by history. */
    public Optional<PreferenceProfile> load(String userId) {
        return ProfileJson.profile(json.readTree(jdbc.sql("select preference_profile(:userId)::text")
                .param("userId", userId)
                .query(String.class)
                .optional()
                .orElse("null")));
    }

    /** What the user chose; the defaults for a user nobody has heard from. Joins the caller's transaction, if any. */
    @Transactional(readOnly = true)
    public ProfileSettings settings(String userId) {
        return jdbc.sql(
                        "select timezone, timezone_chosen, archetype, mode from user_preference_profile where user_id = :userId")
                .param("userId", userId)
                .query((row, n) ->
                        ProfileSettings.of(row.getString(1), row.getBoolean(2), row.getString(3), row.getString(4)))
                .optional()
                .orElse(ProfileSettings.DEFAULT);
    }

    /**
     * Applies the settings given (a null one stays as it is), creating the profile of a user nobody has heard
     * from, and reports false (changing nothing) when PostgreSQL does not know the zone: Java knows a few that
     * PostgreSQL does not (the {@code SystemV/} ones), and the next feedback would fail on it.
     */
    boolean updateSettings(
            String userId, @Nullable ZoneId zone, @Nullable String archetype, @Nullable String mode, Instant now) {
        return jdbc.sql("""
                        insert into user_preference_profile as p
                            (user_id, timezone, timezone_chosen, archetype, mode, phase_started_at)
                        select :userId, coalesce(cast(:zone as text), 'UTC'), cast(:zone as text) is not null,
                            cast(:archetype as text), cast(:mode as text), :now
                        where cast(:zone as text) is null or exists (select from pg_timezone_names where name = :zone)
                        on conflict (user_id) do update set
                            timezone = coalesce(cast(:zone as text), p.timezone),
                            timezone_chosen = p.timezone_chosen or excluded.timezone_chosen,
                            archetype = coalesce(excluded.archetype, p.archetype),
                            mode = coalesce(excluded.mode, p.mode),
                            updated_at = now()
                        """)
                        .param("userId", userId)
                        .param("zone", zone == null ? null : zone.getId())
                        .param("archetype", archetype)
                        .param("mode", mode)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public void saveHeader(ProfileHeader header) {
        Totals totals = header.totals();
        jdbc.sql("""
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

    private ProfileHeader header(ResultSet row, int n) throws SQLException {
        return ProfileJson.header(json.readTree(row.getString(1)));
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
