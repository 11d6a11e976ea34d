package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.tailor.estimation.DecisionLine.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DecisionLogTest {

    private static final String VALID =
            json(Decisions.line("u1", new double[] {0.8, 0.2}, 0, Outcome.DONE, "t1", "t2"));

    private final List<DecisionLine> valid = new ArrayList<>();

    @Test
    void countsEachKindOfRejectedLineAndKeepsTheOthers() throws IOException {
        DecisionLog log = read(
                null,
                VALID,
                "{\"EventId\":",
                "not json at all",
                VALID.replace("\"EventId\":", "\"Id\":"),
                "{}",
                VALID.replace("\"Timestamp\":\"2026-03-12T07:00:00Z\"", "\"Timestamp\":\"yesterday\""),
                VALID.replace("\"a\":[1,2]", "\"a\":[1,1]"),
                VALID.replace("\"_labelIndex\":0", "\"_labelIndex\":1"),
                VALID + " {}",
                VALID.replace("\"p\":[0.8,0.2],", ""),
                VALID.replace("\"p\":[0.8,0.2]", "\"p\":[0.0,1.0]")
                        .replace("\"_label_probability\":0.8", "\"_label_probability\":0.0"),
                VALID.replace("\"p\":[0.8,0.2]", "\"p\":[0.0,1.0]"),
                VALID.replace("\"p\":[0.8,0.2]", "\"p\":[0.8,0.3]"),
                VALID.replace("\"p\":[0.8,0.2]", "\"p\":[0.8,0.2,-0.0]"),
                json(Decisions.line("u1", new double[] {0.8, 0.2}, 0, Outcome.PENDING, "t1", "t2")),
                json(Decisions.line("e9", "u1", "v2", new double[] {0.8, 0.2}, 0, Outcome.DONE, "t1", "t2")),
                "",
                VALID);

        assertThat(valid).hasSize(2);
        assertThat(log.accepted()).isEqualTo(2);
        assertThat(log.rejected())
                .containsExactly(
                        entry(Rejection.MALFORMED, 9L),
                        entry(Rejection.NO_PROBABILITY, 3L),
                        entry(Rejection.NOT_A_DISTRIBUTION, 1L),
                        entry(Rejection.PENDING, 1L),
                        entry(Rejection.OTHER_LIBRARY_VERSION, 1L));
        assertThat(log.rejectedTotal()).isEqualTo(15);
    }

    @Test
    void aLineWithAnUnknownPhaseIsRejectedAsMalformedNotFatal() throws IOException {
        DecisionLog log = read(null, VALID, VALID.replace("\"phase\":\"discovery\"", "\"phase\":\"expert\""));

        assertThat(log.accepted()).isEqualTo(1);
        assertThat(log.rejected()).containsExactly(entry(Rejection.MALFORMED, 1L));
    }

    @Test
    void acceptsProbabilitiesThatSumToOneWithinAMillionth() throws IOException {
        DecisionLog log = read(
                null,
                VALID.replace("\"p\":[0.8,0.2]", "\"p\":[0.8,0.2000009]"),
                VALID.replace("\"p\":[0.8,0.2]", "\"p\":[0.8,0.2000011]"));

        assertThat(log.accepted()).isEqualTo(1);
        assertThat(log.rejected()).containsExactly(entry(Rejection.NOT_A_DISTRIBUTION, 1L));
    }

    @Test
    void evaluatesTheFirstValidLinesLibraryVersionUnlessToldWhichOne() throws IOException {
        String older = json(Decisions.line("e0", "u1", "v0", new double[] {0.8, 0.2}, 0, Outcome.DONE, "t1", "t2"));
        String pendingOlder =
                json(Decisions.line("e1", "u1", "v0", new double[] {0.8, 0.2}, 0, Outcome.PENDING, "t1", "t2"));

        DecisionLog first = read(null, pendingOlder, VALID, older);
        assertThat(first.libraryVersion()).isEqualTo("v1");
        assertThat(first.rejected())
                .containsExactly(entry(Rejection.PENDING, 1L), entry(Rejection.OTHER_LIBRARY_VERSION, 1L));

        DecisionLog told = read("v0", VALID, older);
        assertThat(told.libraryVersion()).isEqualTo("v0");
        assertThat(told.accepted()).isEqualTo(1);
    }

    @Test
    void ignoresFieldsItDoesNotKnowAndReadsAnAbsentRatingAndExperimentAsNone() throws IOException {
        read(
                null,
                VALID.replace("\"rating\":null,\"experiment\":null", "\"extra\":{\"x\":[1,{}]}")
                        .replace("\"m\":\"adaptive/1\"", "\"m\":\"adaptive/1\",\"t\":\"x\""));

        assertThat(valid).singleElement().satisfies(line -> {
            assertThat(line.rating()).isNull();
            assertThat(line.experiment()).isNull();
            assertThat(line.policy()).isEqualTo("adaptive/1");
        });
    }

    private DecisionLog read(@Nullable String libraryVersion, String... lines) throws IOException {
        DecisionLog log = new DecisionLog(libraryVersion);
        log.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), valid::add);
        return log;
    }

    private static String json(DecisionLine line) {
        return DecisionLineWriter.toJson(line);
    }
}
