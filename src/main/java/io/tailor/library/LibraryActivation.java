package io.tailor.library;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a stored version the library plans read: {@code task_library} gets the version's tasks, and keeps
 * every task it ever had (retired, {@code is_active = false}), so plan items, feedback and stats that name a
 * retired task still find its row and name. This instance drops its cached copy once the change commits;
 * others see it within {@code TAILOR_LIBRARY_CACHE_TTL}.
 */
@Component
class LibraryActivation {

    /** Serializes seeding and activations across instances starting or answering together. */
    static final long LOCK = 0x7461696c6f72L; // "tailor"

    private final JdbcClient jdbc;
    private final TaskLibrary library;

    LibraryActivation(JdbcClient jdbc, TaskLibrary library) {
        this.jdbc = jdbc;
        this.library = library;
    }

    /** Takes the library's lock until the transaction ends. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", LOCK)
                .query()
                .singleRow();
    }

    /** The active version and the flag value start-up last applied, when any version is active. */
    Optional<State> state() {
        return jdbc.sql("select active_version, applied_flag from task_library_state")
                .query((row, n) -> new State(row.getString(1), row.getString(2)))
                .optional();
    }

    /** Activates a stored version; {@code appliedFlag}, when not null, is remembered as start-up's. */
    void activate(String version, @Nullable String appliedFlag) {
        // every row inactive first: a retired task's name is free for the new version's tasks
        jdbc.sql("update task_library set is_active = false, library_version = :version, updated_at = now()")
                .param("version", version)
                .update();
        jdbc.sql("""
                        insert into task_library (id, name, description, category, duration_minutes, archetype_fit,
                                                  mode_fit, time_of_day, difficulty, variation_group, is_active,
                                                  library_version)
                        select t.id, t.name, t.description, t.category, t.duration_minutes, t.archetype_fit,
                               t.mode_fit, array(select jsonb_array_elements_text(t.time_of_day)), t.difficulty,
                               t.variation_group, t.is_active, v.version
                        from task_library_versions v
                        cross join jsonb_to_recordset(v.document -> 'tasks') as t(id text, name text,
                            description text, category task_category, duration_minutes integer, archetype_fit jsonb,
                            mode_fit jsonb, time_of_day jsonb, difficulty smallint, variation_group text,
                            is_active boolean)
                        where v.version = :version
                        on conflict (id) do update set
                            name = excluded.name, description = excluded.description, category = excluded.category,
                            duration_minutes = excluded.duration_minutes, archetype_fit = excluded.archetype_fit,
                            mode_fit = excluded.mode_fit, time_of_day = excluded.time_of_day,
                            difficulty = excluded.difficulty, variation_group = excluded.variation_group,
                            is_active = excluded.is_active, library_version = excluded.library_version,
                            updated_at = now()
                        """).param("version", version).update();
        jdbc.sql("""
                        insert into task_library_state (active_version, applied_flag) values (:version, :flag)
                        on conflict (singleton) do update set
                            active_version = excluded.active_version, activated_at = now(),
                            applied_flag = coalesce(excluded.applied_flag, task_library_state.applied_flag)
                        """).param("version", version).param("flag", appliedFlag).update();
        forgetAfterCommit();
    }

    /** Remembers the flag value start-up applied, leaving the active version as it is. */
    void applied(String flag) {
        jdbc.sql("update task_library_state set applied_flag = :flag")
                .param("flag", flag)
                .update();
    }

    /**
     * Dropped after the commit, not before: a read between the two would cache the old library again for a
     * whole lifetime.
     */
    private void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    library.forget();
                }
            });
        } else {
            library.forget();
        }
    }

    record State(String activeVersion, @Nullable String appliedFlag) {}
}
