package io.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.TailorCommand.Launch;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code evaluate} from the command line, as the other commands: listed in the help, usage errors on one line. */
class EvaluateLaunchTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theHelpListsEvaluate() {
        assertThat(launch("--help")).isEqualTo(Launch.exit(0));
        assertThat(out.toString()).containsPattern("(?m)^  evaluate +Estimate offline how other policies");
    }

    @Test
    void anUnknownPolicyIsOneLineOnStderrAndExitStatusTwo() {
        assertThat(launch("evaluate", "--log", "decisions.jsonl", "--policy", "oracle"))
                .isEqualTo(Launch.exit(2));
        assertThat(err.toString())
                .isEqualTo(
                        "tailor evaluate: Unknown policy 'oracle' (known: static, library, adaptive, thompson, logging);"
                                + " see 'java -jar tailor.jar evaluate --help'\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void evaluateNeedsALog() {
        assertThat(launch("evaluate")).isEqualTo(Launch.exit(2));
        assertThat(err.toString()).startsWith("tailor evaluate: Missing required option: '--log=FILE'");
    }

    private Launch launch(String... args) {
        return TailorCommand.launch(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
