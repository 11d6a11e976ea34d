package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.console.Progress;
import io.tailor.estimation.DecisionLine.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    private static final Map<String, TargetPolicy> REGISTRY = registry();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    private Path dir;

    @Test
    void writesTheCsvAndTheChartPrintsATableAndReportsTheRejectedLines() throws IOException {
        Path log = log(
                40,
                "{\"EventId\":",
                DecisionLineWriter.toJson(
                        Decisions.line("u9", SyntheticBandit.LOGGING, 0, Outcome.PENDING, "a", "b", "c", "d")));
        Path target = dir.resolve("run");

        int status = execute(
                System::nanoTime,
                "--log",
                log.toString(),
                "--out",
                target.toString(),
                "--policy",
                "logging",
                "--policy",
                "favours-d");

        assertThat(status).isZero();
        List<String> csv = Files.readAllLines(target.resolve(EvaluateCommand.CSV));
        assertThat(csv).hasSize(7).first().isEqualTo(OpeCsv.HEADER);
        assertThat(csv.get(1)).matches("logging,ips,0\\.\\d{6},0\\.\\d{6},0\\.\\d{6},120,120\\.0");
        assertThat(csv.subList(1, 7))
                .extracting(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
                .containsExactly(
                        "logging,ips",
                        "logging,snips",
                        "logging,dr",
                        "favours-d,ips",
                        "favours-d,snips",
                        "favours-d,dr");
        assertThat(Files.readString(target.resolve(EvaluateCommand.CHART)))
                .startsWith("<svg")
                .contains(">logging<", ">favours-d<", ">ips<", ">snips<", ">dr<", ">Policy<")
                .endsWith("</svg>\n");
        assertThat(out.toString())
                .contains("Evaluated 120 decisions of library version v1 with seed 42")
                .contains("| logging | ips | ")
                .contains("| favours-d | dr | ");
        assertThat(err.toString())
                .isEqualTo(
                        "evaluate: rejected 2 of 122 lines: 1 malformed JSON or missing fields, 1 outcome pending\n");
    }

    @Test
    void evaluatesOnlyThePoliciesNamed() throws IOException {
        Path log = log(5);

        assertThat(execute(System::nanoTime, "--log", log.toString(), "--out", dir.toString(), "--policy", "favours-d"))
                .isZero();

        assertThat(Files.readAllLines(dir.resolve(EvaluateCommand.CSV)))
                .hasSize(4)
                .allMatch(line -> line.startsWith("favours-d,") || line.equals(OpeCsv.HEADER));
        assertThat(err.toString()).isEqualTo("evaluate: rejected no line of 15\n");
    }

    /** Each clock reading is a second later, so every megabyte read is due a progress line. */
    @Test
    void aLongRunShowsProgressOnStderrAndTheSameSeedWritesTheSameBytes() throws IOException {
        Path log = log(300);
        Path quiet = dir.resolve("quiet");
        Path slow = dir.resolve("slow");
        execute(() -> 0L, "--log", log.toString(), "--out", quiet.toString(), "--seed", "7");
        AtomicLong clock = new AtomicLong();

        int status = execute(
                () -> clock.addAndGet(Progress.INTERVAL_NANOS),
                "--log",
                log.toString(),
                "--out",
                slow.toString(),
                "--seed",
                "7");

        assertThat(status).isZero();
        assertThat(err.toString().lines())
                .containsExactly(
                        "evaluate: rejected no line of 900",
                        "evaluate: 1 of 2 MB read (50%), 0:01 elapsed, about 0:01 left",
                        "evaluate: rejected no line of 900");
        for (String file : List.of(EvaluateCommand.CSV, EvaluateCommand.CHART)) {
            assertThat(Files.readAllBytes(slow.resolve(file))).isEqualTo(Files.readAllBytes(quiet.resolve(file)));
        }
        assertThat(out.toString()).doesNotContain("MB read");
    }

    @Test
    void aLogWithoutAnyLineToEvaluateIsAnError() throws IOException {
        Path log = Files.writeString(dir.resolve("bad.jsonl"), "nothing\n{}\n");

        assertThat(execute(System::nanoTime, "--log", log.toString(), "--out", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("evaluate: rejected 2 of 2 lines: 2 malformed JSON or missing fields\n"
                        + "evaluate: no line of " + log + " can be evaluated\n");
        assertThat(dir.resolve(EvaluateCommand.CSV)).doesNotExist();
    }

    @Test
    void aMissingLogIsAnErrorOnOneLine() {
        assertThat(execute(System::nanoTime, "--log", dir.resolve("none.jsonl").toString(), "--out", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("evaluate: NoSuchFileException");
    }

    @Test
    void anUnknownPolicyIsAUsageError() {
        assertThat(execute(System::nanoTime, "--log", "x.jsonl", "--policy", "oracle"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("Unknown policy 'oracle' (known: static, library, adaptive, thompson, logging, favours-d)");
    }

    private Path log(int users, String... extra) throws IOException {
        StringBuilder json = new StringBuilder();
        for (DecisionLine line : new SyntheticBandit(users).log(users, 3)) {
            json.append(DecisionLineWriter.toJson(line)).append('\n');
        }
        for (String line : extra) {
            json.append(line).append('\n');
        }
        return Files.writeString(dir.resolve("decisions.jsonl"), json, StandardCharsets.UTF_8);
    }

    private int execute(LongSupplier nanoTime, String... args) {
        return new CommandLine(new EvaluateCommand(REGISTRY, nanoTime))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private static Map<String, TargetPolicy> registry() {
        Map<String, TargetPolicy> registry = new LinkedHashMap<>(TargetPolicies.all());
        registry.put(SyntheticBandit.FAVOURS_D.name(), SyntheticBandit.FAVOURS_D);
        return registry;
    }
}
