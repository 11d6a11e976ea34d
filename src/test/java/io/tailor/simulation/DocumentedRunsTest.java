package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every run {@code docs/evaluation.md} quotes with its result's hash, written as {@code `simulate …`}
 * followed by {@code `sha256(evaluation.csv) = abcd1234…wxyz`}, gives that hash today: the documented
 * results are the code's, not an earlier build's. Hashes quoted without their command (an earlier
 * build's, for comparison) are history and are not checked.
 */
class DocumentedRunsTest {

    private static final Pattern RUN =
            Pattern.compile("`(?:java -jar target/tailor\\.jar )?simulate ((?:--[a-z]+ [^ `]+ ?)+)`[^`]{0,40}"
                    + "`sha256\\(evaluation\\.csv\\) =\\s+([0-9a-f]{8})…([0-9a-f]{4})`");

    @Test
    void everyDocumentedRunStillGivesItsHash(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("docs", "evaluation.md"));
        List<MatchResult> runs = RUN.matcher(doc).results().toList();
        assertThat(runs).as("documented runs with their hashes").isNotEmpty();
        for (int n = 0; n < runs.size(); n++) {
            MatchResult run = runs.get(n);
            Path out = dir.resolve("run-" + n);
            List<String> args = new ArrayList<>(List.of(run.group(1).trim().split(" ")));
            args.addAll(List.of("--out", out.toString()));
            int status = new CommandLine(new SimulationCommand(() -> 0L))
                    .setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(new StringWriter(), true))
                    .execute(args.toArray(String[]::new));
            assertThat(status).isZero();
            String hash = sha256(Files.readAllBytes(out.resolve(SimulationCommand.CSV)));
            assertThat(hash.substring(0, 8) + "…" + hash.substring(hash.length() - 4))
                    .as(
                            "sha256 of `simulate %s` (docs/evaluation.md)",
                            run.group(1).trim())
                    .isEqualTo(run.group(2) + "…" + run.group(3));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
