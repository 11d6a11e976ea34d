package io.tailor.simulation;

import io.tailor.console.Progress;
import io.tailor.selection.Pooling;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar tailor.jar simulate}: the offline evaluation, without Spring, a server or a
 * database. Writes {@value #CSV} and {@value #CHART} to the out directory and prints a summary; a long
 * run's progress goes to stderr, so stdout and the files stay the same for the same seed.
 */
@Command(
        name = SimulationCommand.NAME,
        sortOptions = false,
        sortSynopsis = false,
        header = "Run the offline evaluation, without a server or a database.",
        description = {
            "Synthetic users with hidden tastes are planned for day by day by every strategy (static,"
                    + " library, adaptive, Thompson sampling and two oracles that know the tastes); their outcomes"
                    + " go through the real profile and phase rules. Writes " + SimulationCommand.CSV + " and "
                    + SimulationCommand.CHART + " to --out and prints a summary table. The same seed gives the"
                    + " same bytes. A run longer than a second shows its progress on stderr."
        },
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%n",
        footer = "docs/evaluation.md describes the model and the results.")
public final class SimulationCommand implements Callable<Integer> {

    public static final String NAME = "simulate";
    static final String CSV = "evaluation.csv";
    static final String CHART = "completion.svg";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--users",
            paramLabel = "N",
            description = "synthetic users, 1 to " + SimulationOptions.MAX_USERS + " (default: ${DEFAULT-VALUE})")
    private int users = SimulationOptions.DEFAULTS.users();

    @Option(
            names = "--weeks",
            paramLabel = "N",
            description = "weeks each user is planned for, 1 to " + SimulationOptions.MAX_WEEKS
                    + " (default: ${DEFAULT-VALUE})")
    private int weeks = SimulationOptions.DEFAULTS.weeks();

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "seed of every random draw: tastes, moods and outcomes (default: ${DEFAULT-VALUE})")
    private long seed = SimulationOptions.DEFAULTS.seed();

    @Option(
            names = "--boredom",
            paramLabel = "X",
            description = "how much each recent repeat of a task lowers the log-odds of doing it, 0 to 5: the"
                    + " model's one contested assumption, for sensitivity runs (default: ${DEFAULT-VALUE})")
    private double boredom = SimulationOptions.DEFAULTS.boredom();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "directory for " + CSV + " and " + CHART + ", created if missing (default: ${DEFAULT-VALUE})")
    private Path out = SimulationOptions.DEFAULTS.out();

    @Option(
            names = "--ope-seeds",
            paramLabel = "N",
            description = "instead of the comparison, prove the off-policy evaluation on N seeds from --seed: adaptive"
                    + " logs, every policy is estimated and compared with its simulated truth; writes "
                    + OpeProofReport.CSV + ", 0 to " + SimulationOptions.MAX_OPE_SEEDS + " (default: ${DEFAULT-VALUE})")
    private int opeSeeds = SimulationOptions.DEFAULTS.opeSeeds();

    @Option(
            names = "--shared",
            paramLabel = "X",
            description =
                    "sd of the taste most users share for a task, in log-odds, 0 to " + SimulationOptions.MAX_SHARED
                            + "; 0 is the model before pooled priors (default: ${DEFAULT-VALUE})")
    private double shared = SimulationOptions.DEFAULTS.shared();

    @Option(
            names = "--population",
            paramLabel = "N",
            description =
                    "instead of the comparison, N users use Tailor for " + PopulationPriors.WEEKS + " weeks first;"
                            + " the --users who arrive after them are planned for with and without the pooled priors they left"
                            + " (default: ${DEFAULT-VALUE})")
    private int population = SimulationOptions.DEFAULTS.population();

    @Option(
            names = "--lapse",
            paramLabel = "RATE",
            description = "chance that a lapse-prone user (half of them) starts a lapse of 1 to " + Lapses.MAX_DAYS
                    + " days on a day, 0 to " + Lapses.MAX_RATE + "; adds adaptive without its welcome back and prints"
                    + " completion of the users who lapsed and of those who did not (default: ${DEFAULT-VALUE})")
    private double lapse = SimulationOptions.DEFAULTS.lapse();

    @Option(
            names = "--prior-strength",
            paramLabel = "OUTCOMES",
            description = "with --population: the outcomes' worth a cohort's rate weighs in the pooled learners,"
                    + " above 0 to 1000 (default, as served: ${DEFAULT-VALUE})")
    private double priorStrength = Pooling.SERVED.strength();

    @Option(
            names = "--pooled-sharpness",
            paramLabel = "POWER",
            description = "with --population: the power adaptive raises a slot's weights to when it has priors,"
                    + " above 0 to 100 (default, as served: ${DEFAULT-VALUE})")
    private double pooledSharpness = Pooling.SERVED.sharpness();

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    private boolean help;

    private final LongSupplier nanoTime;

    public SimulationCommand() {
        this(System::nanoTime);
    }

    /** The clock times the run and paces the progress lines; tests pass their own. */
    SimulationCommand(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The options of {@code args}, as the command would run them. */
    static SimulationOptions parse(String... args) {
        SimulationCommand command = new SimulationCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    /** Exit status 0, or 1 when the out directory cannot be written; bad options are picocli's 2. */
    @Override
    public Integer call() {
        SimulationOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Files.createDirectories(options.out()); // before the run, so a bad --out fails at once
            if (options.opeSeeds() > 0) {
                OpeProofRun.run(options, spec.commandLine().getOut(), err, nanoTime);
                return 0;
            }
            long started = nanoTime.getAsLong();
            Progress progress = new Progress(NAME, "users", options.users() + options.population(), err, nanoTime);
            World world = World.standard(options.seed(), options.model()).withLapse(options.lapse());
            PrintWriter out = spec.commandLine().getOut();
            if (options.population() > 0) {
                Arrivals.Result result = Arrivals.run(
                        world,
                        options.population(),
                        options.users(),
                        options.weeks(),
                        options.pooling(),
                        () -> progress.advance(1));
                write(options, result.rows());
                summarize(out, options, result.rows(), (nanoTime.getAsLong() - started) / 1e9);
                out.printf(
                        Locale.ROOT,
                        "%nPooled priors from %d users over %d weeks: %d cells with at least %d users%n%n",
                        options.population(),
                        PopulationPriors.WEEKS,
                        result.priors().size(),
                        Arrivals.MIN_USERS);
                out.print(Arrivals.markdown(result.groups(), Math.min(4, options.weeks())));
                out.flush();
                return 0;
            }
            Evaluation.Cohort cohort = Evaluation.compared(world);
            List<Map<Contender, List<WeekTally>>> perUser =
                    Evaluation.perUser(cohort, options.users(), options.weeks(), () -> progress.advance(1));
            List<EvaluationRow> rows = Evaluation.totals(perUser, cohort.contenders(), options.weeks());
            double seconds = (nanoTime.getAsLong() - started) / 1e9;
            write(options, rows);
            summarize(out, options, rows, seconds);
            if (options.lapse() > 0) {
                out.printf(
                        Locale.ROOT, "%nUsers who lapsed (lapse rate %s) and users who never did%n%n", options.lapse());
                out.print(LapseReport.markdown(perUser, cohort.contenders(), options.weeks()));
                out.flush();
            }
            return 0;
        } catch (IOException e) {
            err.println("simulate: cannot write to " + options.out() + ": " + e.getMessage());
            return 1;
        }
    }

    /** A value out of range is a usage error, like one that does not parse. */
    private SimulationOptions options() {
        try {
            Pooling pooling = new Pooling(priorStrength, pooledSharpness);
            return new SimulationOptions(
                    users, weeks, seed, boredom, out, opeSeeds, shared, population, lapse, pooling);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void summarize(
            PrintWriter out, SimulationOptions options, List<EvaluationRow> rows, double seconds) {
        out.printf(
                Locale.ROOT,
                "Simulated %d users for %d weeks with seed %d (boredom %s, shared taste %s) in %.1f s; wrote %s and %s%n%n",
                options.users(),
                options.weeks(),
                options.seed(),
                options.boredom(),
                options.shared(),
                seconds,
                options.out().resolve(CSV),
                options.out().resolve(CHART));
        out.print(SummaryTable.markdown(rows, reported(options.weeks())));
        out.flush();
    }

    private static void write(SimulationOptions options, List<EvaluationRow> rows) throws IOException {
        Path dir = options.out();
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
