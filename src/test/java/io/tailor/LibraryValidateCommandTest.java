package io.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.TailorCommand.Launch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** {@code library validate FILE}: the API's rules and messages offline, exit 0 or 1, no server. */
class LibraryValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("library.json"), json);
    }

    /** The bundled task list as a version document. */
    private static String bundled(String version) throws IOException {
        String tasks =
                new ClassPathResource("library/tasks.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return "{\"version\": \"" + version + "\", \"note\": \"ours\", \"tasks\": " + tasks + "}";
    }

    @Test
    void aValidDocumentExitsZero() throws IOException {
        Path library = file(bundled("v3"));

        assertThat(launch("library", "validate", library.toString())).isEqualTo(Launch.exit(0));
        assertThat(out.toString()).contains("library v3 is valid (50 tasks, 50 active)");
    }

    @Test
    void anInvalidDocumentPrintsEveryProblemAsTheApiNamesItAndExitsOne() throws IOException {
        Path library = file(bundled("version-3")
                .replaceFirst("\"peak_performer\": 0.6", "\"peak_performer\": 1.6")
                .replaceFirst("\"duration_minutes\": 3,", "\"duration_minutes\": 0,"));

        assertThat(launch("library", "validate", library.toString())).isEqualTo(Launch.exit(1));
        assertThat(out.toString().lines())
                .containsExactly(
                        "version: must look like v1, v2, ... (at most 6 digits)",
                        "tasks[0].duration_minutes: must be a positive number of minutes, at most 240",
                        "tasks[0].archetype_fit.peak_performer: must be a number from 0 to 1");
        assertThat(err.toString()).contains("3 problem(s)");
    }

    @Test
    void aFileThatIsNotJsonExitsOne() throws IOException {
        Path library = file("{\"version\": ");

        assertThat(launch("library", "validate", library.toString())).isEqualTo(Launch.exit(1));
        assertThat(err.toString()).contains("cannot be read as JSON");
        assertThat(launch("library", "validate", dir.resolve("missing.json").toString()))
                .isEqualTo(Launch.exit(1));
    }

    private Launch launch(String... args) {
        return TailorCommand.launch(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
