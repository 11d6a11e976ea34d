package io.tailor.library;

import java.util.List;

/**
 * A whole library version as an operator posts it: every task, retired ones ({@code is_active: false})
 * included, each stamped with this version. Checked by {@link LibraryRules} before it exists.
 */
public record LibraryVersion(String version, String note, List<Task> tasks) {

    public LibraryVersion {
        tasks = List.copyOf(tasks);
    }

    public long activeCount() {
        return tasks.stream().filter(Task::active).count();
    }

    /** The document in the API's shape: what was posted, fields in a fixed order. */
    Document document() {
        return new Document(
                version, note, tasks.stream().map(DocumentTask::from).toList());
    }

    /** The JSON of a version: {@code {"version", "note", "tasks": [...]}}. */
    record Document(String version, String note, List<DocumentTask> tasks) {}
}
