package io.tailor.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library as we wrote it, in {@code library/tasks.json}: the tasks of the version stored at the first
 * start, read by the rules every posted version passes ({@link LibraryRules}).
 */
final class TaskCatalog {

    private static final String RESOURCE = "library/tasks.json";

    private TaskCatalog() {}

    /** The file's tasks, active in {@code version} unless marked otherwise, in file order. */
    static List<Task> load(JsonMapper json, String version) {
        ObjectNode document = json.createObjectNode().put("version", version);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            document.set("tasks", json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the task catalog " + RESOURCE, e);
        }
        LibraryRules.Checked checked = LibraryRules.check(document);
        LibraryVersion parsed = checked.version();
        if (parsed == null) {
            throw new IllegalStateException("The task catalog " + RESOURCE + " (as version " + version
                    + ") breaks the library's rules: " + checked.problems());
        }
        return parsed.tasks();
    }
}
