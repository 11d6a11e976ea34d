package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.estimation.DecisionLine.Experiment;
import io.tailor.estimation.DecisionLine.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionLineWriterTest {

    private static final DecisionLine EXAMPLE = Decisions.line(
            "0b7e2c9e-6f0e-4c55-9b1c-3c1f1f7b2a10",
            "u1",
            "v1",
            new double[] {0.0541, 0.0542, 0.8375, 0.0542},
            2,
            Outcome.DONE,
            List.of(
                    Decisions.candidate("hydration-morning-water", "hydration"),
                    Decisions.candidate("hydration-morning-tea", "hydration"),
                    new CandidateFeatures(
                            "hydration-morning-lemon-water",
                            "hydration",
                            "lemon-water",
                            0.9,
                            0.8,
                            0.87,
                            5,
                            true,
                            false,
                            false,
                            false,
                            0.74,
                            0.8,
                            2.3,
                            0.62,
                            9,
                            true,
                            3),
                    Decisions.candidate("hydration-morning-broth", "hydration")),
            5,
            new Experiment("exp1", "control"));

    /**
     * The optional candidate fields are written only when there is something to say, and read back; the
     * difficulty and completion rate adaptive/3 weighs by among them.
     */
    @Test
    void writesTheDsjsonShapeOfCbExploreAdfWithTheChosenActionFirst() {
        String json = DecisionLineWriter.toJson(EXAMPLE);

        assertThat(json)
                .startsWith(
                        "{\"EventId\":\"0b7e2c9e-6f0e-4c55-9b1c-3c1f1f7b2a10\",\"Timestamp\":\"2026-03-12T07:00:00Z\","
                                + "\"Version\":\"1\",\"a\":[3,1,2,4],\"p\":[0.8375,0.0541,0.0542,0.0542],"
                                + "\"_label_cost\":-1.0,\"_label_probability\":0.8375,\"_label_Action\":3,\"_labelIndex\":2,"
                                + "\"c\":{\"user_id\":\"u1\",\"category\":\"hydration\",\"time_block\":\"morning\","
                                + "\"phase\":\"discovery\",\"archetype\":\"peak_performer\",\"mode\":\"high\","
                                + "\"day_of_week\":\"thursday\",\"days_since_first_feedback\":12,\"completion_rate\":0.75,"
                                + "\"library_version\":\"v1\","
                                + "\"unrotated_best\":null,\"_multi\":[")
                .contains("{\"id\":\"hydration-morning-lemon-water\",\"category\":\"hydration\","
                        + "\"variation_group\":\"lemon-water\",\"archetype_fit\":0.9,\"mode_fit\":0.8,\"fit\":0.87,"
                        + "\"duration_minutes\":5,\"tried\":true,\"favorite\":false,\"proven\":false,"
                        + "\"on_probation\":false,\"affinity\":0.74,\"evidence_value\":0.8,\"evidence_weight\":2.3,"
                        + "\"pooled\":0.62,\"days_unseen\":9,\"similar_to_loved\":true,\"difficulty\":3}")
                .endsWith("]},\"VWState\":{\"m\":\"adaptive/1\"},\"pool\":\"exploit\",\"probability_kind\":\"exact\","
                        + "\"outcome\":\"done\",\"rating\":5,\"experiment\":{\"id\":\"exp1\",\"arm\":\"control\"}}")
                .doesNotContain("\n");
    }

    @Test
    void writesNoRewardAsCostZeroAndAnAbsentRatingAndExperimentAsNull() {
        DecisionLine skipped = Decisions.line("u2", new double[] {0.5, 0.5}, 1, Outcome.SKIPPED, "t1", "t2");

        assertThat(DecisionLineWriter.toJson(skipped))
                .contains("\"a\":[2,1],\"p\":[0.5,0.5],\"_label_cost\":0.0,\"_label_probability\":0.5,"
                        + "\"_label_Action\":2,\"_labelIndex\":1,")
                .endsWith("\"outcome\":\"skipped\",\"rating\":null,\"experiment\":null}");
    }

    @Test
    void readsBackExactlyWhatItWrites() throws IOException {
        DecisionLine notReported = Decisions.line("u3", new double[] {0.25, 0.75}, 0, Outcome.NOT_REPORTED, "t1", "t2");
        StringWriter log = new StringWriter();
        DecisionLineWriter.writeLine(EXAMPLE, log);
        DecisionLineWriter.writeLine(notReported, log);

        List<DecisionLine> read = new ArrayList<>();
        DecisionLog decisions = new DecisionLog(null);
        decisions.read(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), read::add);

        assertThat(log.toString()).hasLineCount(2);
        assertThat(read).containsExactly(EXAMPLE, notReported);
        assertThat(decisions.rejected()).isEmpty();
    }
}
