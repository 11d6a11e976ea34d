package io.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.TailorCommand.Launch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line in-process: what it prints, its exit status, and whether Spring would start. */
class TailorCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpListsTheCommandsAndExitsWithoutServing(String help) {
        Launch launch = launch(help);

        assertThat(launch).isEqualTo(Launch.exit(0));
        assertThat(out.toString())
                .contains("Usage: java -jar tailor.jar")
                .containsPattern("(?m)^  serve +Serve the HTTP API \\(the default command\\)")
                .containsPattern("(?m)^  simulate +Run the offline evaluation")
                .containsPattern("(?m)^  demo +Serve, with three demo users")
                .contains("scripts/bench.sh", "gatling:test");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutArgumentsServes() {
        assertThat(launch()).isEqualTo(Launch.serve(List.of()));
        assertThat(out.toString() + err).isEmpty();
    }

    @Test
    void springBootArgumentsServeAndPassThroughUnchanged() {
        assertThat(launch("--server.port=8081", "--debug", "--spring.main.banner-mode=off"))
                .isEqualTo(Launch.serve(List.of("--server.port=8081", "--debug", "--spring.main.banner-mode=off")));
        assertThat(launch("serve", "--server.port=8081", "x"))
                .isEqualTo(Launch.serve(List.of("--server.port=8081", "x")));
        assertThat(out.toString() + err).isEmpty();
    }

    @Test
    void demoServesWithTheDemoLoaderSwitchedOn() {
        assertThat(launch("demo", "--server.port=8081"))
                .isEqualTo(Launch.serve(List.of("--server.port=8081", "--tailor.demo.load=true")));
        assertThat(launch("demo", "--help")).isEqualTo(Launch.exit(0));
        assertThat(out.toString()).contains("Usage: java -jar tailor.jar demo", "demo-ana");
    }

    @Test
    void serveHelpExplainsItWithoutServing() {
        assertThat(launch("serve", "--help")).isEqualTo(Launch.exit(0));
        assertThat(out.toString()).contains("Usage: java -jar tailor.jar serve", "--server.port=8081");
    }

    @Test
    void simulateHelpListsEveryOptionWithItsDefaultAndMeaning() {
        assertThat(launch("simulate", "--help")).isEqualTo(Launch.exit(0));

        assertThat(out.toString())
                .contains("Usage: java -jar tailor.jar simulate")
                .containsPattern("--users=N +synthetic users, 1 to 1000000 \\(default: 2000\\)")
                .containsPattern("--weeks=N +weeks each user is planned for, 1 to 104 \\(default: 8\\)")
                .containsPattern("--seed=N +seed of every random draw[^(]+\\(default: 42\\)")
                .containsPattern("--boredom=X +how much each recent repeat[^(]+\\(default:\\s+0\\.35\\)")
                .containsPattern("--out=DIR +directory for evaluation.csv[^(]+\\(default:\\s+target/simulation\\)")
                .contains("-h, --help");
        String viaHelp = out.toString();
        out.getBuffer().setLength(0);
        assertThat(launch("help", "simulate")).isEqualTo(Launch.exit(0));
        assertThat(out.toString()).isEqualTo(viaHelp);
    }

    @Test
    void anUnknownOptionIsAOneLineErrorWithStatusTwo() {
        assertOneLineError(launch("simulate", "--users", "3", "--fast"), "tailor simulate: Unknown option: '--fast'");
    }

    @Test
    void aBadValueIsAOneLineErrorWithStatusTwo() {
        assertOneLineError(
                launch("simulate", "--users", "many"), "tailor simulate: Invalid value for option '--users'");
        err.getBuffer().setLength(0);
        assertOneLineError(
                launch("simulate", "--weeks", "0"), "tailor simulate: --weeks must be between 1 and 104, got 0");
    }

    @Test
    void anUnknownCommandIsAOneLineErrorThatSuggestsTheNearestOne() {
        assertOneLineError(
                launch("simulat", "--users", "3"), "tailor: Unknown command: 'simulat' (did you mean simulate");
    }

    @Test
    void simulateRunsWithoutServing(@TempDir Path dir) {
        assertThat(launch("simulate", "--users", "2", "--weeks", "1", "--out", dir.toString()))
                .isEqualTo(Launch.exit(0));
        assertThat(dir.resolve("evaluation.csv")).exists();
        assertThat(out.toString()).contains("Simulated 2 users for 1 weeks");
    }

    private void assertOneLineError(Launch launch, String start) {
        assertThat(launch).isEqualTo(Launch.exit(2));
        assertThat(err.toString()).startsWith(start).endsWith(System.lineSeparator());
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    private Launch launch(String... args) {
        return TailorCommand.launch(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
