package io.tailor.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code task_library} table, cached briefly per instance ({@link RefreshedCopy}). A reload joins the
 * caller's transaction, or opens a read-only one of its own: the table is readable by every signed-in role,
 * never by the pool's login role alone.
 */
@Repository
public class TaskLibrary {

    private static final TypeReference<Map<String, Double>> FITS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate reload;
    private final RefreshedCopy<Snapshot> copy;

    public TaskLibrary(
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            LibrarySettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.reload = new TransactionTemplate(transactions);
        this.reload.setReadOnly(true);
        this.copy = new RefreshedCopy<>(this::read, settings.cacheTtl(), RefreshedCopy.ticker(clock));
    }

    /** Active tasks, optionally of one category, in id order. */
    public List<Task> active(Optional<Category> category) {
        return snapshot().active(category);
    }

    /** The library as this instance holds it now: the active version and every task, retired ones too. */
    public Snapshot snapshot() {
        return copy.get();
    }

    /** A task by id, active or retired (feedback may name a task that was since retired). */
    public Optional<Task> find(String id) {
        return Optional.ofNullable(copy.get().byId().get(id));
    }

    /** A task by name, trimmed and ignoring case (the library's names differ by more than that). */
    public Optional<Task> findByName(String name) {
        return Optional.ofNullable(copy.get().byName().get(nameKey(name)));
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public List<Task> byIds(Collection<String> ids) {
        return all().stream().filter(task -> ids.contains(task.id())).toList();
    }

    /** Drops the cached library, so the next read sees the table as it is now. */
    public void forget() {
        copy.forget();
    }

    /**
     * The whole library (about 50 rows), read once per {@link LibrarySettings#cacheTtl()} per instance: it
     * changes only when a version is activated, and every signed-in role may read all of it. Other instances
     * sharing the database see a change when their own copy is older than that.
     */
    private List<Task> all() {
        return snapshot().tasks();
    }

    /** The tasks and the active version, read in one transaction so that they agree. */
    private Snapshot read() {
        return Objects.requireNonNull(reload.execute(status -> {
            List<Task> tasks = jdbc.sql("select * from task_library order by id")
                    .query(this::task)
                    .list();
            String version = jdbc.sql("select active_version from task_library_state")
                    .query(String.class)
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("No task library version is active yet"));
            return new Snapshot(version, tasks, index(tasks, Task::id), index(tasks, task -> nameKey(task.name())));
        }));
    }

    /** A name that a retired task and an active one share means the active one. */
    private static Map<String, Task> index(List<Task> tasks, Function<Task, String> key) {
        return tasks.stream()
                .collect(Collectors.toUnmodifiableMap(
                        key, task -> task, (first, second) -> second.active() && !first.active() ? second : first));
    }

    /** The active version and its number of active tasks, read over the given connection: the health check asks on the probe pool. */
    public static LibraryStatus status(JdbcClient jdbc) {
        return jdbc.sql("""
                        select (select active_version from task_library_state) as version,
                               count(*) filter (where is_active) as active_count
                        from task_library
                        """)
                .query((row, n) ->
                        new LibraryStatus(Optional.ofNullable(row.getString("version")), row.getInt("active_count")))
                .single();
    }

    private Task task(ResultSet row, int n) throws SQLException {
        return new Task(
                row.getString("id"),
                row.getString("name"),
                row.getString("description"),
                Category.parse("category", row.getString("category")),
                row.getInt("duration_minutes"),
                fits(row.getString("archetype_fit"), Archetype.class),
                fits(row.getString("mode_fit"), EnergyMode.class),
                Arrays.stream((String[]) row.getArray("time_of_day").getArray())
                        .map(value -> TimeOfDay.parse("time_of_day", value))
                        .toList(),
                row.getInt("difficulty"),
                row.getString("variation_group"),
                row.getBoolean("is_active"),
                row.getString("library_version"));
    }

    private <E extends Enum<E> & Named> Map<E, Double> fits(String column, Class<E> type) {
        Map<E, Double> fits = new EnumMap<>(type);
        json.readValue(column, FITS).forEach((key, value) -> fits.put(Named.parse(type, "fit", key), value));
        return fits;
    }

    /** One read of the library: the active version, every task (retired ones too), by id and by name. */
    public record Snapshot(String version, List<Task> tasks, Map<String, Task> byId, Map<String, Task> byName) {

        /** Active tasks, optionally of one category, in id order. */
        public List<Task> active(Optional<Category> category) {
            return tasks.stream()
                    .filter(Task::active)
                    .filter(task -> category.isEmpty() || task.category() == category.get())
                    .toList();
        }
    }

    public record LibraryStatus(Optional<String> version, int activeCount) {}
}
