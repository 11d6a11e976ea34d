package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where the README or {@code docs/} names the schema as it stands, as a range {@code V1..Vn}, n is the
 * latest versioned migration. (History is written otherwise, e.g. "V1 to V15", and is not checked.)
 */
class DocumentedMigrationsTest {

    private static final Pattern RANGE = Pattern.compile("V1\\.\\.V(\\d+)");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void everyDocumentedRangeEndsAtTheLatestMigration() throws IOException {
        int latest;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            latest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElseThrow();
        }
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).forEach(documents::add);
        }
        int ranges = 0;
        for (Path document : documents) {
            for (MatchResult range :
                    RANGE.matcher(Files.readString(document)).results().toList()) {
                ranges++;
                assertThat(Integer.parseInt(range.group(1)))
                        .as("%s names the migrations as %s", document, range.group())
                        .isEqualTo(latest);
            }
        }
        assertThat(ranges).as("ranges documented (docs/scaling.md names one)").isPositive();
    }
}
