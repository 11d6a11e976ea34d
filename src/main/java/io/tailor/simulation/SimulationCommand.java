package io.tailor.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code java -jar tailor.jar simulate [--users N] [--weeks N] [--seed N] [--boredom X] [--out DIR]}: the offline
 * evaluation, without Spring, a server or a database. Writes {@value #CSV} and {@value #CHART} to the
 * out directory and prints a summary.
 */
public final class SimulationCommand {

    public static final String NAME = "simulate";
    static final String USAGE =
            "usage: java -jar tailor.jar simulate [--users N] [--weeks N] [--seed N] [--boredom X] [--out DIR]";
    static final String CSV = "evaluation.csv";
    static final String CHART = "completion.svg";

    private SimulationCommand() {}

    /** Runs the command; returns the exit status: 0, 1 when the output cannot be written, 2 for bad options. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.equals(List.of("--help"))) {
            out.println(USAGE);
            return 0;
        }
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        List<EvaluationRow> rows =
                Evaluation.run(World.standard(options.seed(), options.model()), options.users(), options.weeks());
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            write(options, rows);
        } catch (IOException e) {
            err.println("simulate: cannot write to " + options.out() + ": " + e.getMessage());
            return 1;
        }
        summarize(out, options, rows, seconds);
        return 0;
    }

    private static void summarize(
            PrintStream out, SimulationOptions options, List<EvaluationRow> rows, double seconds) {
        out.printf(
                Locale.ROOT,
                "Simulated %d users for %d weeks with seed %d (boredom %s) in %.1f s; wrote %s and %s%n%n",
                options.users(),
                options.weeks(),
                options.seed(),
                options.boredom(),
                seconds,
                options.out().resolve(CSV),
                options.out().resolve(CHART));
        out.print(SummaryTable.markdown(rows, reported(options.weeks())));
    }

    private static void write(SimulationOptions options, List<EvaluationRow> rows) throws IOException {
        Path dir = Files.createDirectories(options.out());
        Files.writeString(dir.resolve(CSV), EvaluationCsv.write(rows), StandardCharsets.UTF_8);
        String title = String.format(
                Locale.ROOT,
                "Completion rate per week: %d simulated users, seed %d, boredom %s",
                options.users(),
                options.seed(),
                options.boredom());
        Files.writeString(dir.resolve(CHART), CompletionChart.svg(rows, title), StandardCharsets.UTF_8);
    }

    /** Week 1, week 4 and the last week: the start, the targets' week, and where the run ends. */
    private static List<Integer> reported(int weeks) {
        return IntStream.of(1, 4, weeks)
                .filter(week -> week <= weeks)
                .distinct()
                .boxed()
                .toList();
    }
}
