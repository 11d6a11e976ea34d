package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The evaluation on a small population: 50 users for 4 weeks, every strategy, seed 42. */
class EvaluationTest {

    private static final int USERS = 50;
    private static final int WEEKS = 4;
    private static final List<EvaluationRow> ROWS =
            Evaluation.run(World.standard(42, TasteModel.DEFAULT), USERS, WEEKS);

    @Test
    void theSameSeedGivesByteIdenticalReportsAndAnotherSeedAnother() {
        String csv = EvaluationCsv.write(Evaluation.run(World.standard(7, TasteModel.DEFAULT), 20, 2));
        List<EvaluationRow> again = Evaluation.run(World.standard(7, TasteModel.DEFAULT), 20, 2);

        assertThat(EvaluationCsv.write(again)).isEqualTo(csv);
        assertThat(CompletionChart.svg(again, "t"))
                .isEqualTo(CompletionChart.svg(Evaluation.run(World.standard(7, TasteModel.DEFAULT), 20, 2), "t"));
        assertThat(EvaluationCsv.write(Evaluation.run(World.standard(8, TasteModel.DEFAULT), 20, 2)))
                .isNotEqualTo(csv);
    }

    @Test
    void everyStrategyPlansTheFiveDefaultCategoriesEveryDayForEveryUser() {
        assertThat(ROWS).hasSize(Contender.COMPARED.size() * WEEKS).allSatisfy(row -> {
            assertThat(row.tally().users()).isEqualTo(USERS);
            assertThat(row.tally().planned()).isEqualTo(USERS * 7 * 5);
            assertThat(row.tally().categoryWeeks()).isEqualTo(USERS * 5);
        });
    }

    @Test
    void theOracleCompletesAtLeastAsMuchAsEveryOtherStrategy() {
        double oracle = overall(Contender.ORACLE, row -> row.tally().completed());
        for (Contender contender : Contender.COMPARED) {
            assertThat(overall(contender, row -> row.tally().completed()))
                    .as(contender.value())
                    .isLessThanOrEqualTo(oracle);
        }
    }

    @Test
    void theAdaptiveStrategyPlansMoreVarietyInWeekOneThanTheStaticPlan() {
        EvaluationRow adaptive = row(Contender.ADAPTIVE, 1);
        EvaluationRow fixed = row(Contender.STATIC, 1);

        assertThat(fixed.distinctTasksPerCategory()).isEqualTo(1.0);
        assertThat(adaptive.distinctTasksPerCategory()).isGreaterThan(fixed.distinctTasksPerCategory());
        assertThat(adaptive.varietyShare()).isGreaterThan(fixed.varietyShare());
    }

    @Test
    void usersMoveThroughTheRealPhaseRulesOnEventTime() {
        assertThat(row(Contender.ADAPTIVE, 1).masteryShare()).isZero();
        assertThat(row(Contender.ADAPTIVE, WEEKS).masteryShare()).isGreaterThan(0.5);
    }

    @Test
    void regretIsTheOraclesCompletionRateMinusTheStrategys() {
        EvaluationRow thompson = row(Contender.THOMPSON, 2);
        assertThat(thompson.regret()).isEqualTo(row(Contender.ORACLE, 2).completionRate() - thompson.completionRate());
        assertThat(row(Contender.ORACLE, 2).regret()).isZero();
    }

    private static double overall(Contender contender, ToDoubleFunction<EvaluationRow> count) {
        return ROWS.stream()
                .filter(row -> row.strategy() == contender)
                .mapToDouble(count)
                .sum();
    }

    private static EvaluationRow row(Contender contender, int week) {
        return ROWS.stream()
                .filter(row -> row.strategy() == contender && row.week() == week)
                .findFirst()
                .orElseThrow();
    }
}
