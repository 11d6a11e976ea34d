package io.tailor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long MILLIS = 1_000_000L;

    private final StringWriter err = new StringWriter();
    private long now;
    private final Progress progress = new Progress("simulate", "users", 100, new PrintWriter(err, true), () -> now);

    @Test
    void saysNothingInARunsFirstSecond() {
        now = 999 * MILLIS;
        finish(100);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsUsersDoneElapsedAndTimeLeftAtMostOnceASecond() {
        now = 500 * MILLIS;
        finish(25);
        now = 1000 * MILLIS;
        finish(5);
        now = 1900 * MILLIS;
        finish(5);
        now = 2000 * MILLIS;
        finish(10);

        assertThat(err.toString().lines())
                .containsExactly(
                        "simulate: 26 of 100 users (26%), 0:01 elapsed, about 0:03 left",
                        "simulate: 36 of 100 users (36%), 0:02 elapsed, about 0:04 left");
    }

    @Test
    void estimatesTheTimeLeftOnlyOnceAFewUsersAreDone() {
        now = 1000 * MILLIS;
        finish(4);
        now = 2000 * MILLIS;
        finish(1);

        assertThat(err.toString().lines())
                .containsExactly(
                        "simulate: 1 of 100 users (1%), 0:01 elapsed",
                        "simulate: 5 of 100 users (5%), 0:02 elapsed, about 0:38 left");
    }

    @Test
    void showsLongRunsInMinutesAndHours() {
        assertThat(Progress.clock(0)).isEqualTo("0:00");
        assertThat(Progress.clock(59)).isEqualTo("0:59");
        assertThat(Progress.clock(61)).isEqualTo("1:01");
        assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
    }

    private void finish(int users) {
        for (int i = 0; i < users; i++) {
            progress.advance(1);
        }
    }
}
