package io.tailor.library;

import io.tailor.config.FeatureFlags;
import io.tailor.security.CurrentIdentity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the library before the server takes requests, when it is empty or older than
 * {@code TASK_LIBRARY_VERSION}. Idempotent: a library already at the configured version is left
 * untouched, and an advisory lock keeps instances starting together from seeding twice.
 */
@Component
class TaskLibrarySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TaskLibrarySeeder.class);
    private static final long SEED_LOCK = 0x7461696c6f72L; // "tailor"

    private final JdbcClient jdbc;
    private final TaskLibrary library;
    private final JsonMapper json;
    private final FeatureFlags flags;
    private final TransactionTemplate transaction;

    TaskLibrarySeeder(
            JdbcClient jdbc,
            TaskLibrary library,
            JsonMapper json,
            FeatureFlags flags,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.library = library;
        this.json = json;
        this.flags = flags;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        CurrentIdentity.runAsSystem(() -> transaction.execute(status -> seedIfOutdated()));
    }

    /** Returns whether it wrote anything. */
    boolean seedIfOutdated() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", SEED_LOCK)
                .query()
                .singleRow();
        TaskLibrary.LibraryStatus status = library.status();
        if (status.activeCount() > 0 && status.versionNumber() >= flags.libraryVersionNumber()) {
            log.info(
                    "Task library {} is current ({} active tasks)",
                    status.version().orElseThrow(),
                    status.activeCount());
            return false;
        }
        List<TaskCatalog.SeedTask> catalog = TaskCatalog.load(json);
        catalog.forEach(this::upsert);
        jdbc.sql("""
                        update task_library set is_active = false, library_version = :version, updated_at = now()
                        where not (id = any(:ids))
                        """)
                .param("version", flags.taskLibraryVersion())
                .param("ids", catalog.stream().map(TaskCatalog.SeedTask::id).toArray(String[]::new))
                .update();
        library.forget();
        log.info("Seeded task library {}: {}", flags.taskLibraryVersion(), distribution(catalog));
        return true;
    }

    private void upsert(TaskCatalog.SeedTask task) {
        jdbc.sql("""
                        insert into task_library (id, name, description, category, duration_minutes, archetype_fit,
                                                  mode_fit, time_of_day, difficulty, variation_group, is_active,
                                                  library_version)
                        values (:id, :name, :description, :category, :duration, cast(:archetypeFit as jsonb),
                                cast(:modeFit as jsonb), :timeOfDay, :difficulty, :group, true, :version)
                        on conflict (id) do update set
                            name = excluded.name, description = excluded.description, category = excluded.category,
                            duration_minutes = excluded.duration_minutes, archetype_fit = excluded.archetype_fit,
                            mode_fit = excluded.mode_fit, time_of_day = excluded.time_of_day,
                            difficulty = excluded.difficulty, variation_group = excluded.variation_group,
                            is_active = true, library_version = excluded.library_version, updated_at = now()
                        """)
                .param("id", task.id())
                .param("name", task.name())
                .param("description", task.description())
                .param("category", task.category().value())
                .param("duration", task.durationMinutes())
                .param("archetypeFit", json.writeValueAsString(task.archetypeFit()))
                .param("modeFit", json.writeValueAsString(task.modeFit()))
                .param(
                        "timeOfDay",
                        task.timeOfDay().stream().map(TimeOfDay::value).toArray(String[]::new))
                .param("difficulty", task.difficulty())
                .param("group", task.variationGroup())
                .param("version", flags.taskLibraryVersion())
                .update();
    }

    private static String distribution(List<TaskCatalog.SeedTask> catalog) {
        Map<Category, Long> counts = catalog.stream()
                .collect(Collectors.groupingBy(TaskCatalog.SeedTask::category, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> entry.getKey().value() + " " + entry.getValue())
                .collect(Collectors.joining(", ", "", " (" + catalog.size() + " tasks)"));
    }
}
