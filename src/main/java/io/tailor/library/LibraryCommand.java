package io.tailor.library;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar tailor.jar library validate FILE}: checks a library version document offline, without
 * Spring or a database, by the rules and in the words of {@code POST /api/v1/library/versions}, so a team
 * can keep its library in git and check it in its own CI.
 */
@Command(
        name = "library",
        header = "Work with task library version documents offline.",
        synopsisHeading = "%nUsage: ",
        commandListHeading = "%nCommands:%n",
        subcommands = LibraryCommand.Validate.class)
public final class LibraryCommand {

    @Command(
            name = "validate",
            header = "Check a library version document: exit 0 when valid, 1 with every problem when not.",
            description = {
                "FILE is {\"version\", \"note\", \"tasks\": [...]} as POST /api/v1/library/versions takes it."
                        + " Each problem is printed as 'field: message'. That a task id keeps its category and"
                        + " variation group across versions needs the stored versions: the service checks it."
            },
            synopsisHeading = "%nUsage: ",
            descriptionHeading = "%n",
            mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();

        @Spec
        private @Nullable CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the library version document (JSON)")
        private @Nullable Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec().commandLine().getOut();
            PrintWriter err = spec().commandLine().getErr();
            Path path = java.util.Objects.requireNonNull(file);
            JsonNode document;
            try {
                document = JSON.readTree(Files.readString(path));
            } catch (IOException | JacksonException e) {
                err.println(path + ": cannot be read as JSON: " + e.getMessage());
                return 1;
            }
            LibraryRules.Checked checked = LibraryRules.check(document);
            LibraryVersion version = checked.version();
            if (version == null) {
                checked.problems().forEach(problem -> out.println(problem.field() + ": " + problem.message()));
                err.println(path + ": " + checked.problems().size() + " problem(s)");
                return 1;
            }
            out.println(path + ": library " + version.version() + " is valid ("
                    + version.tasks().size() + " tasks, " + version.activeCount() + " active)");
            return 0;
        }

        private CommandSpec spec() {
            return java.util.Objects.requireNonNull(spec);
        }
    }
}
