package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.estimation.DecisionLine.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewardModelTest {

    private static final double EXACT = 1e-12;

    /**
     * Six decisions, k = 4 pseudo-decisions: hydration t1 done 3 of 3, hydration t2 done 0 of 1,
     * sleep m1 done 0 of 2.
     *
     * <pre>
     * overall   3/6                         = 0.5
     * hydration (3 + 4·0.5) / (4 + 4)       = 5/8 = 0.625
     * sleep     (0 + 4·0.5) / (2 + 4)       = 1/3
     * t1        (3 + 4·0.625) / (3 + 4)     = 5.5/7 = 11/14
     * t2        (0 + 4·0.625) / (1 + 4)     = 0.5
     * m1        (0 + 4·1/3) / (2 + 4)       = 2/9
     * a hydration task never chosen: 0.625; a task of a category never chosen: 0.5
     * </pre>
     */
    @Test
    void shrinksEachTasksRateTowardItsCategorysAndEachCategorysTowardTheLogs() {
        RewardModel.Fitter fitter = new RewardModel.Fitter();
        for (int i = 0; i < 3; i++) {
            fitter.add(chose("t1", "hydration", Outcome.DONE));
        }
        fitter.add(chose("t2", "hydration", Outcome.SKIPPED));
        fitter.add(chose("m1", "sleep", Outcome.NOT_REPORTED));
        fitter.add(chose("m1", "sleep", Outcome.SKIPPED));

        RewardModel model = fitter.fit();

        assertThat(model.predict(Decisions.candidate("t1", "hydration"))).isCloseTo(11.0 / 14, within(EXACT));
        assertThat(model.predict(Decisions.candidate("t2", "hydration"))).isCloseTo(0.5, within(EXACT));
        assertThat(model.predict(Decisions.candidate("m1", "sleep"))).isCloseTo(2.0 / 9, within(EXACT));
        assertThat(model.predict(Decisions.candidate("t9", "hydration"))).isCloseTo(0.625, within(EXACT));
        assertThat(model.predict(Decisions.candidate("x1", "movement"))).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void predictsZeroFromAnEmptyLog() {
        assertThat(new RewardModel.Fitter().fit().predict(Decisions.candidate("t1", "hydration")))
                .isZero();
    }

    private static DecisionLine chose(String task, String category, Outcome outcome) {
        return Decisions.line(
                "e",
                "u1",
                "v1",
                new double[] {1},
                0,
                outcome,
                List.of(Decisions.candidate(task, category)),
                null,
                null);
    }
}
