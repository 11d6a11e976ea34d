package io.tailor.estimation;

import io.tailor.console.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar tailor.jar evaluate}: off-policy evaluation of a decision log, without Spring, a server
 * or a database. Writes {@value #CSV} and {@value #CHART} to the out directory, prints a table, and reports on
 * stderr the lines it left out and why; a long run's progress goes to stderr too, so the files stay the same
 * for the same log and seed.
 */
@Command(
        name = EvaluateCommand.NAME,
        sortOptions = false,
        sortSynopsis = false,
        header = "Estimate offline how other policies would have done on a decision log.",
        description = {
            "Reads a decision log (JSON Lines in Vowpal Wabbit's DSJSON shape, as GET /api/v1/decisions exports"
                    + " it) and estimates, for each policy, the completion rate it would have had on the logged"
                    + " contexts by IPS, self-normalized IPS and doubly robust, each with a 95%% bootstrap interval"
                    + " clustered by user. Writes " + EvaluateCommand.CSV + " and " + EvaluateCommand.CHART
                    + " to --out and prints a table. Lines that are malformed, lack the chosen action's"
                    + " probability, have probabilities not summing to 1, are pending or are of another library"
                    + " version are counted and reported on stderr. The same log and seed give the same bytes."
        },
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n")
public final class EvaluateCommand implements Callable<Integer> {

    public static final String NAME = "evaluate";
    static final String CSV = "ope.csv";
    static final String CHART = "ope.svg";
    private static final long MEGABYTE = 1_000_000L;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(
            names = "--log",
            paramLabel = "FILE",
            required = true,
            description = "the decision log, one JSON line per decision")
    private @Nullable Path log;

    @Option(
            names = "--policy",
            paramLabel = "NAME",
            completionCandidates = PolicyNames.class,
            description = "a policy to evaluate, repeatable: ${COMPLETION-CANDIDATES} (default: all)")
    private List<String> policyNames = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the bootstrap (default: ${DEFAULT-VALUE})")
    private long seed = 42;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "directory for " + CSV + " and " + CHART + ", created if missing (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("target", "evaluation");

    @Option(
            names = "--library-version",
            paramLabel = "V",
            description = "the library version to evaluate (default: the first valid line's)")
    private @Nullable String libraryVersion;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    private boolean help;

    private final Map<String, TargetPolicy> registry;
    private final LongSupplier nanoTime;

    public EvaluateCommand() {
        this(TargetPolicies.all(), System::nanoTime);
    }

    /** The policies it knows and the clock that times the run and paces the progress lines; tests pass their own. */
    EvaluateCommand(Map<String, TargetPolicy> registry, LongSupplier nanoTime) {
        this.registry = registry;
        this.nanoTime = nanoTime;
    }

    /** Exit status 0, or 1 when the log cannot be read, has no line to evaluate, or out cannot be written. */
    @Override
    public Integer call() {
        CommandSpec command = requireSpec();
        List<TargetPolicy> policies = policies(command);
        Path file = Objects.requireNonNull(log);
        PrintWriter err = command.commandLine().getErr();
        try {
            Files.createDirectories(out);
            long started = nanoTime.getAsLong();
            Progress progress = new Progress(NAME, "MB read", megabytes(Files.size(file)), err, nanoTime);
            OffPolicyEvaluation.Report report;
            try (InputStream in = new CountingInput(Files.newInputStream(file), progress)) {
                report = OffPolicyEvaluation.run(in, policies, seed, libraryVersion);
            }
            double seconds = (nanoTime.getAsLong() - started) / 1e9;
            err.println(rejections(report.log()));
            if (report.log().accepted() == 0) {
                err.println(NAME + ": no line of " + file + " can be evaluated");
                return 1;
            }
            write(report);
            summarize(command.commandLine().getOut(), report, seconds);
            return 0;
        } catch (IOException e) {
            err.println(NAME + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private CommandSpec requireSpec() {
        return Objects.requireNonNull(spec, "picocli injects the spec");
    }

    /** An unknown name is a usage error, like an option that does not parse. */
    private List<TargetPolicy> policies(CommandSpec command) {
        if (policyNames.isEmpty()) {
            return List.copyOf(registry.values());
        }
        List<TargetPolicy> chosen = new ArrayList<>();
        for (String name : policyNames) {
            TargetPolicy policy = registry.get(name);
            if (policy == null) {
                throw new ParameterException(
                        command.commandLine(),
                        "Unknown policy '" + name + "' (known: " + String.join(", ", registry.keySet()) + ")");
            }
            if (!chosen.contains(policy)) {
                chosen.add(policy);
            }
        }
        return chosen;
    }

    static long megabytes(long bytes) {
        return (bytes + MEGABYTE - 1) / MEGABYTE;
    }

    /** One line, always: how many lines were left out of how many, and why. */
    static String rejections(DecisionLog log) {
        long total = log.accepted() + log.rejectedTotal();
        if (log.rejectedTotal() == 0) {
            return String.format(Locale.ROOT, "%s: rejected no line of %d", NAME, total);
        }
        return String.format(
                Locale.ROOT,
                "%s: rejected %d of %d lines: %s",
                NAME,
                log.rejectedTotal(),
                total,
                log.rejected().entrySet().stream()
                        .map(entry -> entry.getValue() + " " + entry.getKey().reason())
                        .collect(Collectors.joining(", ")));
    }

    private void write(OffPolicyEvaluation.Report report) throws IOException {
        Files.writeString(out.resolve(CSV), OpeCsv.write(report.estimates()), StandardCharsets.UTF_8);
        String title = String.format(
                Locale.ROOT,
                "Estimated completion rate: %d decisions, library %s, seed %d",
                report.log().accepted(),
                report.log().libraryVersion(),
                seed);
        Files.writeString(out.resolve(CHART), OpeChart.svg(report.estimates(), title), StandardCharsets.UTF_8);
    }

    private void summarize(PrintWriter stdout, OffPolicyEvaluation.Report report, double seconds) {
        stdout.printf(
                Locale.ROOT,
                "Evaluated %d decisions of library version %s with seed %d in %.1f s; wrote %s and %s%n%n",
                report.log().accepted(),
                report.log().libraryVersion(),
                seed,
                seconds,
                out.resolve(CSV),
                out.resolve(CHART));
        stdout.print(OpeTable.markdown(report.estimates()));
        stdout.flush();
    }

    /** The registered policies' names, for the help. */
    static final class PolicyNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return TargetPolicies.all().keySet().iterator();
        }
    }
}
