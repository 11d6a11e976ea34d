package io.tailor.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code task_library} table. Callers run inside a transaction that carries an identity. */
@Repository
public class TaskLibrary {

    private static final TypeReference<Map<String, Double>> FITS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public TaskLibrary(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Active tasks, optionally of one category, in id order. */
    public List<Task> active(Optional<Category> category) {
        return jdbc.sql(
                        """
                        select * from task_library
                        where is_active and (cast(:category as text) is null or category = :category)
                        order by id
                        """)
                .param("category", category.map(Category::value).orElse(null))
                .query(this::task)
                .list();
    }

    /** A task by id, active or retired (feedback may name a task that was since retired). */
    public Optional<Task> find(String id) {
        return jdbc.sql("select * from task_library where id = :id")
                .param("id", id)
                .query(this::task)
                .optional();
    }

    /** A task by its exact name, which the library keeps unique. */
    public Optional<Task> findByName(String name) {
        return jdbc.sql("select * from task_library where name = :name")
                .param("name", name)
                .query(this::task)
                .optional();
    }

    public List<Task> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from task_library where id = any(:ids) order by id")
                .param("ids", ids.toArray(String[]::new))
                .query(this::task)
                .list();
    }

    /** The version and size of the active library, for the health check and the seeder. */
    public LibraryStatus status() {
        return jdbc.sql(
                        """
                        select (select library_version from task_library
                                order by substring(library_version from 2)::int desc limit 1) as version,
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

    public record LibraryStatus(Optional<String> version, int activeCount) {

        public int versionNumber() {
            return version.map(v -> Integer.parseInt(v.substring(1))).orElse(0);
        }
    }
}
