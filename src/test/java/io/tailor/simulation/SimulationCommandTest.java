package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutOptionsRunsTheDocumentedDefaults() {
        SimulationOptions options = SimulationOptions.parse(List.of());
        assertThat(options).isEqualTo(new SimulationOptions(2000, 8, 42, 0.35, Path.of("target", "simulation")));
    }

    @Test
    void readsEveryOption() {
        assertThat(SimulationOptions.parse(
                        List.of("--users", "50", "--weeks", "4", "--seed", "-9", "--boredom", "0", "--out", "/tmp/x")))
                .isEqualTo(new SimulationOptions(50, 4, -9, 0, Path.of("/tmp/x")));
    }

    @Test
    void refusesWhatItDoesNotUnderstandSayingWhy() {
        assertRefused(List.of("--user", "5"), "unknown option '--user'");
        assertRefused(List.of("--users"), "--users needs a value");
        assertRefused(List.of("--weeks", "two"), "--weeks must be a whole number, got 'two'");
        assertRefused(List.of("--users", "0"), "--users must be between 1 and 1000000, got 0");
        assertRefused(List.of("--weeks", "105"), "--weeks must be between 1 and 104, got 105");
        assertRefused(List.of("--boredom", "-1"), "--boredom must be between 0 and 5.0, got -1.0");
        assertRefused(List.of("--seed", "4.2"), "--seed must be a whole number, got '4.2'");
    }

    @Test
    void aBadOptionExitsWithStatusTwoAndTheUsageWithoutRunning() {
        int status = SimulationCommand.run(List.of("--users", "3", "--fast"), print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(text(err)).contains("simulate: unknown option '--fast'").contains(SimulationCommand.USAGE);
        assertThat(text(out)).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(SimulationCommand.run(List.of("--help"), print(out), print(err)))
                .isZero();
        assertThat(text(out)).isEqualTo(SimulationCommand.USAGE + System.lineSeparator());
    }

    @Test
    void writesTheCsvAndTheChartAndPrintsASummary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        int status = SimulationCommand.run(
                List.of("--users", "4", "--weeks", "1", "--out", target.toString()), print(out), print(err));

        assertThat(status).isZero();
        List<String> csv = Files.readAllLines(target.resolve(SimulationCommand.CSV));
        assertThat(csv).hasSize(1 + Contender.values().length).first().isEqualTo(EvaluationCsv.HEADER);
        assertThat(csv.get(1)).startsWith("static,1,4,140,");
        String svg = Files.readString(target.resolve(SimulationCommand.CHART));
        assertThat(svg)
                .startsWith("<svg")
                .contains(">Week<", ">Completion rate<")
                .endsWith("</svg>\n");
        for (Contender contender : Contender.values()) {
            assertThat(svg).contains(">" + contender.value() + "<");
        }
        assertThat(text(out))
                .contains("Simulated 4 users for 1 weeks with seed 42")
                .contains("| oracle | 1 |");
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> SimulationOptions.parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream target) {
        return target.toString(StandardCharsets.UTF_8);
    }
}
