package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each policy's stated probabilities are the frequencies of its own draws: on random slots (phases, energy
 * modes and completion rates, tried and untried, favourites and proven tasks, strong and weak evidence, tried
 * tasks unseen for as long as each other or not, difficulties and lengths, return days after missed days and
 * ordinary ones), 40,000 draws each.
 */
class PolicyProbabilitiesTest {

    private static final int SLOTS = 30;
    private static final int DRAWS = 40_000;
    // four standard errors of a frequency near 1/2 over 40,000 draws
    private static final double TOLERANCE = 4 * Math.sqrt(0.25 / DRAWS);

    @Test
    void adaptiveProbabilitiesAreExactlyItsDrawFrequencies() {
        assertFrequenciesMatch(new AdaptivePolicy(), TOLERANCE);
    }

    @Test
    void theLibraryAndStaticPoliciesAlwaysPickTheirOneTask() {
        assertFrequenciesMatch(new LibraryPolicy(), 0);
        assertFrequenciesMatch(new StaticPolicy(), 0);
    }

    @Test
    void thompsonsReplayedProbabilitiesAreWithinTheirSamplingErrorOfItsDrawFrequencies() {
        // 1,000 replays: a standard error of at most 0.016, so 0.07 is more than four of them
        assertFrequenciesMatch(new ThompsonPolicy(), 0.07);
    }

    @Test
    void theFloorGivesEveryCandidateAtLeastItsShareAndTheProbabilitiesSumToOne() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < SLOTS; n++) {
            Slot slot = randomSlot(random);
            for (Policy policy : List.of(new AdaptivePolicy(), new LibraryPolicy(), new ThompsonPolicy())) {
                double[] served = ServingPolicy.withFloor(policy.probabilities(slot, random.split()), 0.05);
                assertThat(Arrays.stream(served).sum()).isCloseTo(1, within(1e-9));
                for (double p : served) {
                    assertThat(p).isGreaterThanOrEqualTo(0.05 / slot.size() - 1e-12);
                }
            }
        }
    }

    @Test
    void staticHasNoProbabilityWhereItsTaskWasRotatedOut() {
        Slot slot = new Slot(LearningPhase.DISCOVERY, List.of(candidate("a", 0.9), candidate("b", 0.8)), "elsewhere");
        assertThat(new StaticPolicy().probabilities(slot, new SplittableRandom(1)))
                .containsExactly(0, 0);
    }

    private static void assertFrequenciesMatch(Policy policy, double tolerance) {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int n = 0; n < SLOTS; n++) {
            Slot slot = randomSlot(random);
            double[] stated = policy.probabilities(slot, random.split());
            int[] seen = new int[slot.size()];
            SplittableRandom draws = random.split();
            for (int draw = 0; draw < DRAWS; draw++) {
                seen[policy.draw(slot, draws)]++;
            }
            assertThat(Arrays.stream(stated).sum()).isCloseTo(1, within(1e-9));
            for (int i = 0; i < seen.length; i++) {
                assertThat((double) seen[i] / DRAWS)
                        .as("%s, slot %d, candidate %d of %d", policy.name(), n, i, slot.size())
                        .isCloseTo(stated[i], within(tolerance + 1e-12));
            }
        }
    }

    private static Slot randomSlot(SplittableRandom random) {
        int size = 1 + random.nextInt(7);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean tried = random.nextBoolean();
            double value = random.nextDouble();
            double weight = tried ? random.nextDouble() * 8 : 0;
            candidates.add(new Candidate(
                    "task-" + i,
                    0.5 + 0.5 * random.nextDouble(),
                    tried,
                    tried && random.nextInt(3) == 0,
                    tried && random.nextInt(3) == 0,
                    tried && random.nextInt(10) == 0,
                    tried ? value : 0.5,
                    value,
                    weight,
                    null,
                    tried ? random.nextInt(3) * 7 : null,
                    random.nextInt(4) == 0,
                    random.nextInt(8) == 0 ? null : 1 + random.nextInt(5),
                    2 + random.nextInt(119)));
        }
        candidates.sort((a, b) -> Double.compare(b.fit(), a.fit()));
        LearningPhase phase = LearningPhase.values()[random.nextInt(LearningPhase.values().length)];
        EnergyMode mode = EnergyMode.values()[random.nextInt(EnergyMode.values().length)];
        Double completionRate = random.nextInt(5) == 0 ? null : random.nextDouble();
        Integer categoryTried = random.nextInt(4) == 0 ? null : random.nextInt(6);
        // a newcomer, a user who reported yesterday, and (half the slots) one back after missed days
        Integer daysMissed =
                random.nextBoolean() ? Integer.valueOf(1 + random.nextInt(5)) : random.nextBoolean() ? 0 : null;
        return new Slot(
                phase, candidates, candidates.getFirst().taskId(), categoryTried, daysMissed, mode, completionRate);
    }

    private static Candidate candidate(String id, double fit) {
        return new Candidate(id, fit, false, false, false, false, 0.5, 0.5, 0);
    }
}
