package io.tailor.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a library version must be, checked whole so that one answer lists every problem, each with the path
 * of its field ({@code tasks[3].archetype_fit.peak_performer}). Pure, so the API and the offline
 * {@code library validate} command say the same. That a task id keeps its category and variation group
 * across versions needs the stored versions, and is checked when one is stored ({@link LibraryVersions}).
 */
public final class LibraryRules {

    /** The names {@code TASK_LIBRARY_VERSION} accepts, so the flag can name any stored version. */
    static final Pattern VERSION = Pattern.compile("v[1-9][0-9]{0,5}");

    static final String VERSION_RULE = "must look like v1, v2, ... (at most 6 digits)";
    private static final int NOTE_LENGTH = 500;
    private static final Set<String> FIELDS = Set.of("version", "note", "tasks");

    private LibraryRules() {}

    /** One problem of a document: the path of the field and what is wrong with it. */
    public record Problem(String field, String message) {}

    /** The problems found, and the version when there are none. */
    public record Checked(List<Problem> problems, @Nullable LibraryVersion version) {}

    public static Checked check(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        if (!document.isObject()) {
            problems.add(new Problem("document", "must be an object with version, note and tasks"));
            return new Checked(problems, null);
        }
        TaskRules.unknown(document, "", FIELDS, problems);
        String version = version(document.get("version"), problems);
        String note = note(document.get("note"), problems);
        List<Task> tasks = tasks(document.get("tasks"), version, problems);
        return new Checked(List.copyOf(problems), problems.isEmpty() ? new LibraryVersion(version, note, tasks) : null);
    }

    private static String version(@Nullable JsonNode node, List<Problem> problems) {
        if (node == null
                || !node.isString()
                || !VERSION.matcher(node.asString()).matches()) {
            problems.add(new Problem("version", VERSION_RULE));
            return "";
        }
        return node.asString();
    }

    private static String note(@Nullable JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isString()
                || node.asString().length() > NOTE_LENGTH
                || node.asString().indexOf('\0') >= 0) {
            problems.add(new Problem("note", "must be text of at most " + NOTE_LENGTH + " characters"));
            return "";
        }
        return node.asString();
    }

    private static List<Task> tasks(@Nullable JsonNode node, String version, List<Problem> problems) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(new Problem("tasks", "must be a non-empty array of tasks"));
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Task task = TaskRules.check(node.get(i), "tasks[" + i + "]", version, problems);
            if (task != null) {
                tasks.add(task);
            }
        }
        unique(node, "id", text -> text, problems);
        unique(node, "name", text -> text.strip().toLowerCase(Locale.ROOT), problems);
        if (tasks.size() == node.size() && tasks.stream().noneMatch(Task::active)) {
            problems.add(new Problem("tasks", "must have at least one active task"));
        }
        return tasks;
    }

    /** Each repeat of a task's id (or name, ignoring case) is a problem that names the first. */
    private static void unique(
            JsonNode tasks, String field, java.util.function.UnaryOperator<String> key, List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            JsonNode value = tasks.get(i).isObject() ? tasks.get(i).get(field) : null;
            if (value != null && value.isString()) {
                Integer earlier = first.putIfAbsent(key.apply(value.asString()), i);
                if (earlier != null) {
                    problems.add(new Problem(
                            "tasks[" + i + "]." + field, "repeats the " + field + " of tasks[" + earlier + "]"));
                }
            }
        }
    }
}
