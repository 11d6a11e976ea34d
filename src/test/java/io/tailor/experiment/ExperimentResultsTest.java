package io.tailor.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.experiment.ExperimentResults.ArmResult;
import io.tailor.experiment.ExperimentResults.Estimate;
import io.tailor.experiment.ExperimentResults.UserTotals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentResultsTest {

    private static final List<Arm> ARMS = List.of(
            new Arm("control", ArmPolicy.LIBRARY, 0.5, false), new Arm("treatment", ArmPolicy.ADAPTIVE, 0.5, true));

    @Test
    void eachMetricIsARatioOfSumsOverTheArmsUsers() {
        List<UserTotals> users = List.of(
                // arm, planned, settled, done, rating sum, ratings, groups, weeks
                new UserTotals("control", 10, 10, 4, 7, 2, 5, 1),
                new UserTotals("control", 5, 2, 0, 0, 0, 4, 1),
                new UserTotals("treatment", 5, 5, 3, 12, 3, 9, 2));

        List<ArmResult> results = ExperimentResults.of("hand", ARMS, users);

        ArmResult control = results.get(0);
        assertThat(control.users()).isEqualTo(2);
        assertThat(control.plannedItems()).isEqualTo(15);
        assertThat(control.metrics().completion().value()).isEqualTo(4.0 / 12);
        assertThat(control.metrics().rating().value()).isEqualTo(3.5);
        assertThat(control.metrics().variety().value()).isEqualTo(4.5);
        assertThat(control.difference()).isNull();
        ArmResult treatment = results.get(1);
        assertThat(treatment.metrics().completion().value()).isEqualTo(0.6);
        assertThat(treatment.metrics().rating().value()).isEqualTo(4.0);
        assertThat(treatment.difference().completion().value()).isCloseTo(0.6 - 4.0 / 12, within(1e-12));
        assertThat(treatment.difference().rating().value()).isEqualTo(0.5);
        assertThat(treatment.difference().variety().value()).isEqualTo(0.0);
    }

    @Test
    void aMetricWithNothingToMeasureIsNullAndAnArmWithoutUsersToo() {
        List<ArmResult> results =
                ExperimentResults.of("empty", ARMS, List.of(new UserTotals("control", 5, 0, 0, 0, 0, 3, 1)));

        assertThat(results.get(0).metrics().completion()).isEqualTo(Estimate.NONE);
        assertThat(results.get(0).metrics().variety().value()).isEqualTo(3.0);
        assertThat(results.get(1).users()).isZero();
        assertThat(results.get(1).metrics().rating()).isEqualTo(Estimate.NONE);
        assertThat(results.get(1).difference().variety()).isEqualTo(Estimate.NONE);
    }

    @Test
    void identicalUsersLeaveNoUncertainty() {
        List<UserTotals> users = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add(new UserTotals("control", 5, 5, 2, 8, 2, 4, 1));
        }

        Estimate completion =
                ExperimentResults.of("same", ARMS, users).get(0).metrics().completion();

        assertThat(completion).isEqualTo(new Estimate(0.4, 0.4, 0.4));
    }

    @Test
    void theIntervalIsSeededAndCoversAboutTheNormalApproximation() {
        List<UserTotals> users = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            users.add(new UserTotals("control", 10, 10, i % 2 == 0 ? 3 : 7, 0, 0, 1, 1));
        }

        Estimate first =
                ExperimentResults.of("seeded", ARMS, users).get(0).metrics().completion();
        Estimate again =
                ExperimentResults.of("seeded", ARMS, users).get(0).metrics().completion();

        assertThat(again).isEqualTo(first);
        // per-user rates 0.3 and 0.7: standard error 0.2 / sqrt(400) = 0.01, so about ±0.0196
        assertThat(first.value()).isEqualTo(0.5);
        assertThat(first.ciLow()).isCloseTo(0.5 - 0.0196, within(0.004));
        assertThat(first.ciHigh()).isCloseTo(0.5 + 0.0196, within(0.004));
    }
}
