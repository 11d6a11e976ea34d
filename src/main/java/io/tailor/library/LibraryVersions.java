package io.tailor.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's stored versions: each a whole document, checked by {@link LibraryRules} before it gets here,
 * stored once under its name, activated ({@link LibraryActivation}) and compared. A task id keeps its
 * meaning across versions: the category and variation group it was first stored with are its for good.
 */
@Service
class LibraryVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LibraryActivation activation;

    LibraryVersions(JdbcClient jdbc, JsonMapper json, LibraryActivation activation) {
        this.jdbc = jdbc;
        this.json = json;
        this.activation = activation;
    }

    @Transactional(readOnly = true)
    List<Summary> list() {
        return jdbc.sql("""
                        select v.version, v.note, v.created_at, v.task_count,
                               v.version = (select active_version from task_library_state) as active
                        from task_library_versions v
                        order by v.created_at desc, v.version desc
                        """).query(Summary::read).list();
    }

    @Transactional(readOnly = true)
    Optional<LibraryVersion> find(String version) {
        return jdbc.sql("select document::text from task_library_versions where version = :version")
                .param("version", version)
                .query(String.class)
                .optional()
                .flatMap(document -> Optional.ofNullable(
                        LibraryRules.check(json.readTree(document)).version()));
    }

    /** Stores a checked version: refused when the name is taken or a task id would change its meaning. */
    @Transactional
    Summary store(LibraryVersion version) {
        Optional<Summary> stored = jdbc.sql("""
                        insert into task_library_versions (version, note, document, task_count)
                        values (:version, :note, cast(:document as jsonb), :count)
                        on conflict (version) do nothing
                        returning version, note, created_at, task_count, false as active
                        """)
                .param("version", version.version())
                .param("note", version.note())
                .param("document", json.writeValueAsString(version.document()))
                .param("count", version.activeCount())
                .query(Summary::read)
                .optional();
        if (stored.isEmpty()) {
            throw new VersionRefused(
                    VersionRefused.Why.NAME_TAKEN,
                    "A library version '" + version.version() + "' exists: choose another name",
                    List.of());
        }
        List<LibraryRules.Problem> problems = identityChanges(version);
        if (!problems.isEmpty()) {
            throw new VersionRefused(
                    VersionRefused.Why.MEANING_CHANGED,
                    "A task id keeps its category and variation group in every version: give the changed tasks"
                            + " new ids",
                    problems);
        }
        jdbc.sql("""
                        insert into task_library_ids (id, category, variation_group)
                        select * from unnest(cast(:ids as text[]), cast(:categories as task_category[]),
                                             cast(:groups as text[]))
                        on conflict (id) do nothing
                        """)
                .param("ids", column(version, Task::id))
                .param("categories", column(version, task -> task.category().value()))
                .param("groups", column(version, Task::variationGroup))
                .update();
        return stored.get();
    }

    /** Makes a stored version the one plans, {@code GET /tasks} and the health check use. */
    @Transactional
    Summary activate(String version) {
        activation.lock();
        if (find(version).isEmpty()) {
            throw VersionRefused.notFound(version);
        }
        activation.activate(version, null);
        return list().stream()
                .filter(summary -> summary.version().equals(version))
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    LibraryDiff diff(String from, String to) {
        return LibraryDiff.between(
                find(from).orElseThrow(() -> VersionRefused.notFound(from)),
                find(to).orElseThrow(() -> VersionRefused.notFound(to)));
    }

    private List<LibraryRules.Problem> identityChanges(LibraryVersion version) {
        Map<String, String[]> known = new HashMap<>();
        jdbc.sql("select id, category::text, variation_group from task_library_ids where id = any(:ids)")
                .param("ids", column(version, Task::id))
                .query(row -> {
                    known.put(row.getString(1), new String[] {row.getString(2), row.getString(3)});
                });
        List<LibraryRules.Problem> problems = new ArrayList<>();
        for (int i = 0; i < version.tasks().size(); i++) {
            Task task = version.tasks().get(i);
            String[] first = known.get(task.id());
            if (first != null && !first[0].equals(task.category().value())) {
                problems.add(changed(i, "category", task.id(), first[0]));
            }
            if (first != null && !first[1].equals(task.variationGroup())) {
                problems.add(changed(i, "variation_group", task.id(), first[1]));
            }
        }
        return problems;
    }

    private static LibraryRules.Problem changed(int index, String field, String id, String was) {
        return new LibraryRules.Problem(
                "tasks[" + index + "]." + field,
                "task '" + id + "' has " + field + " '" + was + "' in earlier versions: a changed one needs a new id");
    }

    private static String[] column(LibraryVersion version, Function<Task, String> field) {
        return version.tasks().stream().map(field).toArray(String[]::new);
    }

    /** A version as the list shows it; {@code task_count} counts its active tasks. */
    record Summary(String version, String note, OffsetDateTime createdAt, int taskCount, boolean active) {

        static Summary read(ResultSet row, int n) throws SQLException {
            return new Summary(
                    row.getString("version"),
                    row.getString("note"),
                    row.getObject("created_at", OffsetDateTime.class),
                    row.getInt("task_count"),
                    row.getBoolean("active"));
        }
    }
}
