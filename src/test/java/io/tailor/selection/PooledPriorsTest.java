package io.tailor.selection;

import static io.tailor.selection.Fixtures.PLAN_TIME;
import static io.tailor.selection.Fixtures.library;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.stats;
import static io.tailor.selection.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.profile.Evidence;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.TaskStats;
import io.tailor.selection.TaskPrior.Cohort;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pooled priors in the pure core: which cell a user gets, how their own evidence takes over, and who reads them. */
class PooledPriorsTest {

    private static final TaskPrior EVERYONE = new TaskPrior(Cohort.EVERYONE, 40, 100, 30, 0, 0);
    private static final TaskPrior BUILDERS = new TaskPrior(Cohort.ARCHETYPE, 25, 60, 45, 0, 0);
    private static final TaskPrior BUILDERS_MEDIUM = new TaskPrior(Cohort.ARCHETYPE_AND_MODE, 20, 50, 45, 45, 225);

    @Test
    void aUserGetsTheMostSpecificCellThatHasEnoughUsers() {
        PooledPriors priors = PooledPriors.of(
                List.of(
                        new PooledPriors.Cell("a", null, null, EVERYONE),
                        new PooledPriors.Cell("a", Archetype.FOUNDATION_BUILDER, null, BUILDERS),
                        new PooledPriors.Cell("a", Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM, BUILDERS_MEDIUM),
                        new PooledPriors.Cell(
                                "a",
                                Archetype.PEAK_PERFORMER,
                                null,
                                new TaskPrior(Cohort.ARCHETYPE, 19, 19, 19, 0, 0))),
                20);

        assertThat(priors.of("a", Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .hasValue(BUILDERS_MEDIUM);
        assertThat(priors.of("a", Archetype.FOUNDATION_BUILDER, EnergyMode.LOW)).hasValue(BUILDERS);
        assertThat(priors.of("a", Archetype.PEAK_PERFORMER, EnergyMode.LOW))
                .as("19 peak performers are too few: everyone's")
                .hasValue(EVERYONE);
        assertThat(priors.of("b", Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM))
                .isEmpty();
        assertThat(priors.size()).isEqualTo(3);
    }

    @Test
    void aCellMustBeWhatItsCohortSays() {
        assertThatThrownBy(() -> new PooledPriors.Cell("a", Archetype.PEAK_PERFORMER, null, EVERYONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskPrior(Cohort.EVERYONE, 3, 2, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPriorsMeanIsOnTheScaleOfAUsersOwnEvidence() {
        // 45 of 50 done, all rated 5: signal 1 for each completion, 0 for the five not done
        assertThat(BUILDERS_MEDIUM.mean()).isCloseTo(0.9, within(1e-9));
        // 30 of 100 done unrated: 0.8 each
        assertThat(EVERYONE.mean()).isCloseTo(0.24, within(1e-9));
    }

    @Test
    void aUsersEstimateStartsAtThePriorAndMovesToTheirOwnEvidenceAsItGrows() {
        Candidate untried = candidate(TaskStats.NONE, BUILDERS_MEDIUM);
        Candidate once = candidate(stats(-1), BUILDERS_MEDIUM);
        int[] fortySkips = new int[40];
        Arrays.fill(fortySkips, -1);
        Candidate often = candidate(stats(fortySkips), BUILDERS_MEDIUM);

        assertThat(untried.pooledEstimate(PooledPriors.STRENGTH)).isCloseTo(0.9, within(1e-9));
        assertThat(once.pooledEstimate(PooledPriors.STRENGTH)).isBetween(0.5, 0.9);
        // 40 skips of about a week ago weigh about 40 / 2^0.5 outcomes (weights halve every two weeks) against
        // the prior's 16: the estimate is (0 * weight + 0.9 * 16) / (weight + 16)
        assertThat(often.evidenceWeight()).isBetween(28.0, 30.0);
        assertThat(often.pooledEstimate(PooledPriors.STRENGTH))
                .isCloseTo(0.9 * 16 / (16 + often.evidenceWeight()), within(1e-9))
                .isLessThan(0.4)
                .isLessThan(once.pooledEstimate(PooledPriors.STRENGTH));
        assertThat(candidate(TaskStats.NONE, null).pooledEstimate(PooledPriors.STRENGTH))
                .as("without a prior, the affinity as before")
                .isEqualTo(Evidence.PRIOR);
    }

    @Test
    void thompsonsBetaPriorIsThePooledPriorWithItsStrength() {
        ThompsonPolicy.Posterior pooled = new ThompsonPolicy().posterior(candidate(TaskStats.NONE, BUILDERS_MEDIUM));
        ThompsonPolicy.Posterior library = new ThompsonPolicy().posterior(candidate(TaskStats.NONE, null));

        assertThat(pooled.mean()).isCloseTo(0.9, within(1e-9));
        assertThat(pooled.successes() + pooled.failures()).isCloseTo(PooledPriors.STRENGTH, within(1e-9));
        assertThat(library.mean()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void adaptiveFavoursAnUntriedTaskPeopleLikeTheUserDo() {
        List<Task> tasks = library(4);
        PooledPriors priors = PooledPriors.of(
                List.of(new PooledPriors.Cell(
                        "move-2", Archetype.FOUNDATION_BUILDER, EnergyMode.MEDIUM, BUILDERS_MEDIUM)),
                20);
        SelectionRequest plain = request(profile("u", LearningPhase.DISCOVERY, Map.of()), tasks);

        assertThat(chosenShare(plain, "move-2")).as("four alike tasks").isBetween(0.21, 0.29);
        assertThat(chosenShare(plain.withPriors(priors), "move-2"))
                .as("0.9^5 against 0.8^5")
                .isGreaterThan(0.29);
    }

    @Test
    void adaptiveDrawsASlotWithPooledPriorsSharper() {
        assertThat(new AdaptivePolicy().probabilities(untriedSlot(0.3, 0.6, 0.9), new SplittableRandom(1)))
                .as("the cohorts' rates (0.3, 0.6, 0.9), not the fits, to the 5th power")
                .containsExactly(proportional(5, 0.3, 0.6, 0.9), within(1e-12));
        assertThat(new AdaptivePolicy().probabilities(untriedSlot(null, null, null), new SplittableRandom(1)))
                .as("the library's fits (0.9, 0.6, 0.3) cubed, as before pooling")
                .containsExactly(proportional(3, 0.9, 0.6, 0.3), within(1e-12));
        assertThat(new AdaptivePolicy(new Pooling(16, 3))
                        .probabilities(untriedSlot(0.3, 0.6, 0.9), new SplittableRandom(1)))
                .as("a pooling tried in the simulator: its own sharpness")
                .containsExactly(proportional(3, 0.3, 0.6, 0.9), within(1e-12));
    }

    /** Each value to the power, as a share of their sum. */
    private static double[] proportional(double power, double... values) {
        double[] shares =
                Arrays.stream(values).map(value -> Math.pow(value, power)).toArray();
        double total = Arrays.stream(shares).sum();
        return Arrays.stream(shares).map(share -> share / total).toArray();
    }

    /** Three untried tasks in discovery, fits 0.9, 0.6 and 0.3, with these pooled means (null: no prior). */
    private static Slot untriedSlot(Double first, Double second, Double third) {
        Double[] pooled = {first, second, third};
        double[] fits = {0.9, 0.6, 0.3};
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            candidates.add(new Candidate(
                    "t" + i, fits[i], false, false, false, false, Evidence.PRIOR, 0, 0, pooled[i], null, false));
        }
        return new Slot(LearningPhase.DISCOVERY, candidates, null);
    }

    @Test
    void aTaskPeopleLikeTheUserDoIsACandidateThoughTheLibraryScoresItLowButOnlyForALearner() {
        List<Task> tasks = List.of(task("fit-1", 0.8), task("fit-2", 0.8), task("fit-3", 0.8), task("unfit", 0.2));
        PooledPriors priors = PooledPriors.of(
                List.of(new PooledPriors.Cell("unfit", Archetype.FOUNDATION_BUILDER, null, BUILDERS)), 20);
        SelectionRequest request =
                request(profile("u", LearningPhase.DISCOVERY, Map.of()), tasks).withPriors(priors);

        assertThat(Candidates.tasks(Candidates.fitting(Category.MOVEMENT, request)))
                .extracting(Task::id)
                .contains("unfit");
        assertThat(new ServingPolicy(new LibraryPolicy(), 0.5)
                        .decide(Category.MOVEMENT, request)
                        .orElseThrow()
                        .tasks())
                .as("the library's picks, exploration floor included, are what they were without priors")
                .extracting(Task::id)
                .doesNotContain("unfit");
    }

    @Test
    void anUntriedPopularTaskSaysItIsPopularWithPeopleLikeTheUser() {
        assertThat(Reasons.popular(TaskStats.NONE, java.util.Optional.of(BUILDERS_MEDIUM)))
                .hasValue("Popular with people like you: done by 90%");
        assertThat(Reasons.popular(
                        TaskStats.NONE, java.util.Optional.of(new TaskPrior(Cohort.EVERYONE, 30, 40, 31, 0, 0))))
                .hasValue("Popular with Tailor users: done by 78%");
        assertThat(Reasons.popular(TaskStats.NONE, java.util.Optional.of(EVERYONE)))
                .as("done by 30%: not popular")
                .isEmpty();
        assertThat(Reasons.popular(stats(5), java.util.Optional.of(BUILDERS_MEDIUM)))
                .as("tried: the user's own evidence speaks")
                .isEmpty();
    }

    private static Candidate candidate(TaskStats stats, TaskPrior prior) {
        return new Candidate(
                "a",
                0.6,
                stats.isTried(),
                false,
                false,
                false,
                stats.affinity().score(PLAN_TIME),
                stats.affinity().value(),
                stats.affinity().weightAt(PLAN_TIME),
                prior == null ? null : prior.mean(),
                null,
                false);
    }

    private static double chosenShare(SelectionRequest request, String taskId) {
        AdaptivePolicy policy = new AdaptivePolicy();
        Slots.Built built = Slots.of(Category.MOVEMENT, request, true);
        int index = built.tasks().stream()
                .map(scored -> scored.task().id())
                .toList()
                .indexOf(taskId);
        SplittableRandom random = new SplittableRandom(1);
        int chosen = 0;
        for (int i = 0; i < 2000; i++) {
            chosen += policy.draw(built.slot(), random) == index ? 1 : 0;
        }
        return chosen / 2000.0;
    }
}
