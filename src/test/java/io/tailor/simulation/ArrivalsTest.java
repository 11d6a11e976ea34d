package io.tailor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.Pooling;
import io.tailor.selection.TaskPrior;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users arriving after a population: the priors it leaves, and what they are worth to the newcomers. */
class ArrivalsTest {

    private static final World WORLD = World.standard(7, TasteModel.DEFAULT);

    @Test
    void aPopulationLeavesOnlyCellsWithEnoughUsersEachCountedOncePerCell() {
        PooledPriors priors = PopulationPriors.of(WORLD, 60, Arrivals.MIN_USERS, () -> {});

        assertThat(priors.cells()).isNotEmpty();
        assertThat(priors.cells().values())
                .allSatisfy(prior -> assertThat(prior.users()).isBetween(Arrivals.MIN_USERS, 60));
        assertThat(priors.countByCohort().get(TaskPrior.Cohort.ARCHETYPE_AND_MODE))
                .as("60 users over 18 archetype-and-mode cohorts: none has 20")
                .isZero();
        String task = WORLD.library().getFirst().id();
        assertThat(priors.of(task, Archetype.PEAK_PERFORMER, EnergyMode.HIGH))
                .map(TaskPrior::users)
                .hasValueSatisfying(users -> assertThat(users).isGreaterThanOrEqualTo(Arrivals.MIN_USERS));
    }

    @Test
    void newcomersPlannedWithThePopulationsPriorsDoMoreInTheirFirstWeek() {
        Arrivals.Result result = Arrivals.run(WORLD, 400, 200, 1, () -> {});

        assertThat(rate(result.rows(), Contender.ADAPTIVE_POOLED))
                .isGreaterThan(rate(result.rows(), Contender.ADAPTIVE));
        assertThat(rate(result.rows(), Contender.THOMPSON_POOLED))
                .isGreaterThan(rate(result.rows(), Contender.THOMPSON));
        assertThat(result.groups()).extracting(Arrivals.Group::users).containsExactly(10, 40, 40, 40, 40, 40);
        assertThat(result.groups().get(1).highestShare())
                .isLessThanOrEqualTo(result.groups().get(2).lowestShare());
    }

    @Test
    void anotherPoolingChangesOnlyThePooledLearners() {
        Arrivals.Result served = Arrivals.run(WORLD, 200, 60, 1, () -> {});
        Arrivals.Result other = Arrivals.run(WORLD, 200, 60, 1, new Pooling(1, 1), () -> {});

        for (Contender contender : List.of(Contender.ADAPTIVE, Contender.THOMPSON, Contender.ORACLE)) {
            assertThat(row(other.rows(), contender)).as(contender.value()).isEqualTo(row(served.rows(), contender));
        }
        for (Contender contender : List.of(Contender.ADAPTIVE_POOLED, Contender.THOMPSON_POOLED)) {
            assertThat(row(other.rows(), contender).tally())
                    .as(contender.value())
                    .isNotEqualTo(row(served.rows(), contender).tally());
        }
    }

    @Test
    void withoutASharedTasteEveryUserHasTheTastesOfTheModelBeforePooling() {
        World plain = World.standard(7, TasteModel.DEFAULT.withSharedSpread(0));
        World shared = World.standard(7, TasteModel.DEFAULT);
        SimulatedUser before = SimulatedUser.create(plain, 3);
        SimulatedUser after = SimulatedUser.create(shared, 3);

        assertThat(after.archetype()).isEqualTo(before.archetype());
        String task = WORLD.library().get(5).id();
        assertThat(after.liking(task) - before.liking(task))
                .isCloseTo(after.sharedWeight() * shared.shared(task), org.assertj.core.api.Assertions.within(1e-9));
    }

    private static double rate(List<EvaluationRow> rows, Contender contender) {
        return row(rows, contender).completionRate();
    }

    private static EvaluationRow row(List<EvaluationRow> rows, Contender contender) {
        return rows.stream()
                .filter(row -> row.strategy() == contender && row.week() == 1)
                .findFirst()
                .orElseThrow();
    }
}
