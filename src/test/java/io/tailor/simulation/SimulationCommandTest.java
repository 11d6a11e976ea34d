package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.console.Progress;
import io.tailor.selection.Pooling;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class SimulationCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void withoutOptionsRunsTheDocumentedDefaults() {
        assertThat(SimulationCommand.parse())
                .isEqualTo(new SimulationOptions(
                        2000, 8, 42, 0.35, Path.of("target", "simulation"), 0, 0.8, 0, 0, Pooling.SERVED));
    }

    @Test
    void readsEveryOptionWithASpaceOrAnEqualsSign() {
        assertThat(SimulationCommand.parse(
                        "--users", "50", "--weeks=4", "--seed", "-9", "--boredom", "0", "--out", "/tmp/x"))
                .isEqualTo(new SimulationOptions(50, 4, -9, 0, Path.of("/tmp/x"), 0, 0.8, 0, 0, Pooling.SERVED));
        assertThat(SimulationCommand.parse("--population", "100", "--prior-strength", "4", "--pooled-sharpness=3")
                        .pooling())
                .isEqualTo(new Pooling(4, 3));
    }

    @Test
    void refusesWhatItDoesNotUnderstandSayingWhy() {
        assertRefused("'--user'", "--user", "5");
        assertRefused("'--users'", "--users");
        assertRefused("'two'", "--weeks", "two");
        assertRefused("--users must be between 1 and 1000000, got 0", "--users", "0");
        assertRefused("--weeks must be between 1 and 104, got 105", "--weeks", "105");
        assertRefused("--boredom must be between 0 and 5.0, got -1.0", "--boredom", "-1");
        assertRefused(
                "--prior-strength and --pooled-sharpness tune the pooled learners: only with --population",
                "--prior-strength",
                "8");
        assertRefused(
                "a prior's strength must be above 0 and at most 1000, got 0.0",
                "--population",
                "10",
                "--prior-strength",
                "0");
        assertRefused(
                "a sharpness must be above 0 and at most 100, got 101.0",
                "--population",
                "10",
                "--pooled-sharpness",
                "101");
        assertRefused("'4.2'", "--seed", "4.2");
        assertRefused("--ope-seeds must be between 0 and 1000, got -1", "--ope-seeds", "-1");
        assertRefused("--lapse must be between 0 and 0.5, got 0.6", "--lapse", "0.6");
        assertRefused("--lapse runs the comparison", "--lapse", "0.1", "--population", "10");
    }

    @Test
    void withLapsesAdaptiveRunsAlsoWithoutItsWelcomeBackAndTheLapsedAreReportedApart(@TempDir Path dir)
            throws IOException {
        int status = execute(() -> 0L, "--users", "20", "--weeks", "2", "--lapse", "0.2", "--out", dir.toString());

        assertThat(status).isZero();
        assertThat(SimulationCommand.parse("--lapse", "0.2").lapse()).isEqualTo(0.2);
        assertThat(Files.readAllLines(dir.resolve(SimulationCommand.CSV)))
                .hasSize(1 + 2 * Contender.LAPSING.size())
                .anyMatch(line -> line.startsWith("adaptive_without_welcome,2,20,"));
        assertThat(out.toString())
                .contains("Users who lapsed (lapse rate 0.2)")
                .contains("| adaptive | lapsed |", "| adaptive_without_welcome | never lapsed |");
    }

    @Test
    void writesTheCsvAndTheChartAndPrintsASummary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        int status = execute(System::nanoTime, "--users", "4", "--weeks", "1", "--out", target.toString());

        assertThat(status).isZero();
        List<String> csv = Files.readAllLines(target.resolve(SimulationCommand.CSV));
        assertThat(csv).hasSize(1 + Contender.COMPARED.size()).first().isEqualTo(EvaluationCsv.HEADER);
        assertThat(csv.get(1)).startsWith("static,1,4,140,");
        String svg = Files.readString(target.resolve(SimulationCommand.CHART));
        assertThat(svg)
                .startsWith("<svg")
                .contains(">Week<", ">Completion rate<")
                .endsWith("</svg>\n");
        for (Contender contender : Contender.COMPARED) {
            assertThat(svg).contains(">" + contender.value() + "<");
        }
        assertThat(out.toString())
                .contains("Simulated 4 users for 1 weeks with seed 42")
                .contains("| oracle | 1 |");
    }

    @Test
    void withOpeSeedsWritesTheProofAndPrintsItsSummary(@TempDir Path dir) throws IOException {
        int status = execute(
                () -> 0L, "--ope-seeds", "2", "--users", "5", "--weeks", "1", "--seed", "7", "--out", dir.toString());

        assertThat(status).isZero();
        List<String> csv = Files.readAllLines(dir.resolve(OpeProofReport.CSV));
        assertThat(csv).hasSize(1 + 2 * 5 * 3).first().isEqualTo(OpeProofReport.HEADER);
        assertThat(csv.get(1)).startsWith("7,static,ips,");
        assertThat(csv.getLast()).startsWith("8,logging,dr,");
        assertThat(out.toString())
                .contains("Logged adaptive for 5 users × 1 weeks on 2 seeds from 7")
                .contains("| logging | snips | 2 |");
        assertThat(dir.resolve(SimulationCommand.CSV)).doesNotExist();
    }

    @Test
    void aQuickRunShowsNoProgress(@TempDir Path dir) {
        assertThat(execute(() -> 0L, "--users", "6", "--weeks", "1", "--out", dir.toString()))
                .isZero();
        assertThat(err.toString()).isEmpty();
    }

    /** Each clock reading is a second later, so every finished user is due a progress line. */
    @Test
    void aLongRunShowsProgressOnStderrAndWritesTheSameBytes(@TempDir Path dir) throws IOException {
        Path quiet = dir.resolve("quiet");
        Path slow = dir.resolve("slow");
        execute(() -> 0L, "--users", "6", "--weeks", "1", "--out", quiet.toString());
        AtomicLong clock = new AtomicLong();

        int status = execute(
                () -> clock.addAndGet(Progress.INTERVAL_NANOS),
                "--users",
                "6",
                "--weeks",
                "1",
                "--out",
                slow.toString());

        assertThat(status).isZero();
        assertThat(err.toString().lines())
                .isNotEmpty()
                .allMatch(line -> line.matches(
                        "simulate: [1-6] of 6 users \\(\\d+%\\), \\d:\\d\\d elapsed(, about \\d:\\d\\d left)?"));
        for (String file : List.of(SimulationCommand.CSV, SimulationCommand.CHART)) {
            assertThat(Files.readAllBytes(slow.resolve(file))).isEqualTo(Files.readAllBytes(quiet.resolve(file)));
        }
        assertThat(out.toString()).doesNotContain("of 6 users");
    }

    private int execute(LongSupplier nanoTime, String... args) {
        return new CommandLine(new SimulationCommand(nanoTime))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private static void assertRefused(String reason, String... args) {
        assertThatThrownBy(() -> SimulationCommand.parse(args))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining(reason);
    }
}
