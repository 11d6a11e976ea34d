package io.tailor;

import io.tailor.estimation.EvaluateCommand;
import io.tailor.library.LibraryCommand;
import io.tailor.simulation.SimulationCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code serve} (the default) starts the service, {@code simulate} runs the offline
 * evaluation, and {@code help}, {@code -h} and {@code --help} explain them without starting Spring. A
 * first argument that is neither a command nor one of these options but reads as a Spring Boot argument
 * ({@code --server.port=8081}) means serve, and Spring gets the arguments exactly as given, so
 * {@code java -jar tailor.jar [--name=value ...]} starts as it did before there were commands.
 */
@Command(
        name = "java -jar tailor.jar",
        header = "Tailor, the personalization engine of a daily wellness app.",
        synopsisHeading = "%nUsage: ",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
            "Without a command Tailor serves: java -jar tailor.jar --server.port=8081",
            "is java -jar tailor.jar serve --server.port=8081. Settings are environment",
            "variables (README, Configuration).",
            "",
            "Load tests have no command: they are Gatling simulations against a running",
            "service. scripts/bench.sh runs them all; README (Measure) shows each one:",
            "  ./mvnw gatling:test -Dbase.url=http://127.0.0.1:8080 \\",
            "      -Dgatling.simulationClass=io.tailor.load.ClosedModelSimulation"
        })
final class TailorCommand {

    static final String SERVE = "serve";
    static final String DEMO = "demo";

    /** What {@code demo} adds to serve: the {@code DemoLoader} runs once the service is up. */
    static final String LOAD_DEMO = "--tailor.demo.load=true";

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    private boolean help;

    /** What {@code main} does next: serve with these Spring Boot arguments, or exit with this status. */
    record Launch(boolean serves, List<String> springArguments, int status) {

        static Launch serve(List<String> springArguments) {
            return new Launch(true, List.copyOf(springArguments), 0);
        }

        static Launch exit(int status) {
            return new Launch(false, List.of(), status);
        }
    }

    /** Parses {@code args}, runs any command but serve, and says what is left to do; prints to out and err. */
    static Launch launch(String[] args, PrintWriter out, PrintWriter err) {
        Serve serve = new Serve();
        Demo demo = new Demo();
        CommandLine commandLine = new CommandLine(new TailorCommand())
                .addSubcommand(new CommandLine(serve).setUnmatchedOptionsArePositionalParams(true))
                .addSubcommand(new CommandLine(demo).setUnmatchedOptionsArePositionalParams(true))
                .addSubcommand(new SimulationCommand())
                .addSubcommand(new EvaluateCommand())
                .addSubcommand(new LibraryCommand())
                .addSubcommand(new HelpCommand())
                .setExpandAtFiles(false)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(TailorCommand::oneLineError);
        List<String> arguments = new ArrayList<>(List.of(args));
        if (servesByDefault(commandLine, arguments)) {
            arguments.add(0, SERVE);
        }
        int status = commandLine.execute(arguments.toArray(String[]::new));
        if (demo.chosen) {
            List<String> withDemo = new ArrayList<>(arguments.subList(1, arguments.size()));
            withDemo.add(LOAD_DEMO);
            return Launch.serve(withDemo);
        }
        return serve.chosen ? Launch.serve(arguments.subList(1, arguments.size())) : Launch.exit(status);
    }

    /** No arguments, or a first one like {@code --server.port=8081}: no command and not one of our options. */
    private static boolean servesByDefault(CommandLine commandLine, List<String> args) {
        if (args.isEmpty()) {
            return true;
        }
        String first = args.get(0);
        String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        return first.startsWith("--") && commandLine.getCommandSpec().findOption(name) == null;
    }

    /** A usage error is one line on stderr (what is wrong, and where the help is) and exit status 2. */
    private static int oneLineError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String suggestion = e instanceof UnmatchedArgumentException unmatched
                        && !unmatched.getSuggestions().isEmpty()
                ? " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)"
                : "";
        String name = command.getParent() == null ? "tailor" : "tailor " + command.getCommandName();
        command.getErr()
                .println(name + ": " + message(e) + suggestion + "; see '"
                        + command.getCommandSpec().qualifiedName() + " --help'");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's message on one line; a word where a command belongs is named as what it is. */
    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && e.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "Unknown command: '" + unmatched.getUnmatched().get(0) + "'";
        }
        return String.join(" ", e.getMessage().split("\\R"));
    }

    @Command(
            name = SERVE,
            header = "Serve the HTTP API (the default command).",
            synopsisHeading = "%nUsage: ",
            description = "Starts the service over the embedded PostgreSQL 17 (data in ./data), or an external"
                    + " PostgreSQL when SPRING_DATASOURCE_URL is set. Settings are environment variables (README,"
                    + " Configuration); Spring Boot arguments pass through unchanged.",
            descriptionHeading = "%n",
            parameterListHeading = "%nArguments:%n",
            optionListHeading = "%nOptions:%n")
    static class Serve implements Callable<Integer> {

        /** Declared for the parser and the help; Spring gets the arguments as typed, not as parsed. */
        @Parameters(
                arity = "0..*",
                paramLabel = "--name=value",
                description = "Spring Boot arguments, e.g. --server.port=8081")
        private List<String> springArguments = new ArrayList<>();

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "show this help and exit")
        private boolean help;

        boolean chosen;

        /** Only notes the choice: Spring starts in {@code main}, outside picocli, as it always has. */
        @Override
        public Integer call() {
            chosen = true;
            return 0;
        }
    }

    @Command(
            name = DEMO,
            header = "Serve, with three demo users and four weeks of their history.",
            synopsisHeading = "%nUsage: ",
            description = "Serves as the serve command does, and once the service is up records the days of demo-ana,"
                    + " demo-ben and demo-chloe through its own API, so the web app at / and /admin has something to"
                    + " show. Running it again adds only the days that are new. Same as serve --tailor.demo.load=true.",
            descriptionHeading = "%n",
            parameterListHeading = "%nArguments:%n",
            optionListHeading = "%nOptions:%n")
    static final class Demo extends Serve {}
}
