package io.tailor.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changes from one library version to another: tasks added (active in the second, not in the first),
 * retired (the other way round), and changed field by field, a fit per archetype or mode. Pure.
 */
record LibraryDiff(String from, String to, List<TaskRef> added, List<TaskRef> retired, List<Changed> changed) {

    /** A task as a diff names it. */
    record TaskRef(String id, String name) {}

    record Changed(String id, String name, List<Change> changes) {}

    /** One field's values before and after, as text (times of day comma-separated). */
    record Change(String field, String from, String to) {}

    private static final List<Map.Entry<String, Function<DocumentTask, Object>>> FIELDS = List.of(
            Map.entry("name", DocumentTask::name),
            Map.entry("description", DocumentTask::description),
            Map.entry("category", DocumentTask::category),
            Map.entry("duration_minutes", DocumentTask::durationMinutes),
            Map.entry("time_of_day", DocumentTask::timeOfDay),
            Map.entry("difficulty", DocumentTask::difficulty),
            Map.entry("variation_group", DocumentTask::variationGroup));

    static LibraryDiff between(LibraryVersion from, LibraryVersion to) {
        Map<String, DocumentTask> before = byId(from);
        Map<String, DocumentTask> after = byId(to);
        List<TaskRef> added = new ArrayList<>();
        List<TaskRef> retired = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        after.values().stream()
                .filter(task -> task.isActive() && !active(before.get(task.id())))
                .forEach(task -> added.add(new TaskRef(task.id(), task.name())));
        before.values().stream()
                .filter(task -> task.isActive() && !active(after.get(task.id())))
                .forEach(task -> retired.add(new TaskRef(task.id(), task.name())));
        after.values()
                .forEach(task -> Optional.ofNullable(before.get(task.id()))
                        .map(earlier -> changes(earlier, task))
                        .filter(changes -> !changes.isEmpty())
                        .ifPresent(changes -> changed.add(new Changed(task.id(), task.name(), changes))));
        return new LibraryDiff(from.version(), to.version(), added, retired, changed);
    }

    private static Map<String, DocumentTask> byId(LibraryVersion version) {
        return version.tasks().stream()
                .map(DocumentTask::from)
                .collect(Collectors.toMap(
                        DocumentTask::id, task -> task, (first, second) -> first, java.util.TreeMap::new));
    }

    private static boolean active(@Nullable DocumentTask task) {
        return task != null && task.isActive();
    }

    private static List<Change> changes(DocumentTask before, DocumentTask after) {
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach(field -> compare(
                field.getKey(), field.getValue().apply(before), field.getValue().apply(after), changes));
        before.archetypeFit()
                .forEach((key, fit) -> compare(
                        "archetype_fit." + key,
                        fit,
                        Objects.requireNonNull(after.archetypeFit().get(key)),
                        changes));
        before.modeFit()
                .forEach((key, fit) -> compare(
                        "mode_fit." + key,
                        fit,
                        Objects.requireNonNull(after.modeFit().get(key)),
                        changes));
        return changes;
    }

    private static String text(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(LibraryDiff::text).collect(Collectors.joining(", "))
                : value instanceof Named named ? named.value() : String.valueOf(value);
    }

    private static void compare(String field, Object from, Object to, List<Change> changes) {
        if (!Objects.equals(from, to)) {
            changes.add(new Change(field, text(from), text(to)));
        }
    }
}
