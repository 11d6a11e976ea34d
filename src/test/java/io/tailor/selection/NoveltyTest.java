package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.profile.LearningPhase;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Novelty means new (issue 18, point 3): each phase's novelty share draws untried tasks first (with a lapsed
 * dislike back on probation), then the longest unseen, never a tried task with middling results while
 * something new remains. Probabilities before the exploration floor, which {@link ServingPolicy} adds.
 */
class NoveltyTest {

    private static final AdaptivePolicy ADAPTIVE = new AdaptivePolicy();

    @Test
    void masterysFifteenPercentGoesToTheUntriedNotToTriedAndMediocreTasks() {
        Slot slot = new Slot(
                LearningPhase.MASTERY,
                List.of(proven("proven"), mediocre("mediocre", 30), untried("new-a", 0.8), untried("new-b", 0.8)),
                "proven");

        double[] p = ADAPTIVE.probabilities(slot, new SplittableRandom(1));

        assertThat(p[0]).isCloseTo(0.85, within(1e-12));
        assertThat(p[1])
                .as("tried, middling, unseen for a month: still not new")
                .isZero();
        assertThat(p[2]).isCloseTo(0.075, within(1e-12));
        assertThat(p[3]).isCloseTo(0.075, within(1e-12));
    }

    @Test
    void withNothingUntriedNoveltyIsTheLongestUnseen() {
        Slot slot = new Slot(
                LearningPhase.ESTABLISHMENT,
                List.of(favorite("favorite"), mediocre("seen-2-days-ago", 2), mediocre("seen-9-days-ago", 9)),
                "favorite");

        double[] p = ADAPTIVE.probabilities(slot, new SplittableRandom(1));

        assertThat(p).containsExactly(new double[] {0.70, 0, 0.30}, within(1e-12));
    }

    @Test
    void discoverysEightyPercentGoesToTheLongestUnseenOnceEverythingIsTried() {
        Slot slot = new Slot(LearningPhase.DISCOVERY, List.of(mediocre("recent", 1), mediocre("longest", 5)), "recent");

        double[] p = ADAPTIVE.probabilities(slot, new SplittableRandom(1));

        // both tried alike: the 20% splits evenly, the 80% goes to the longest unseen
        assertThat(p).containsExactly(new double[] {0.10, 0.90}, within(1e-12));
    }

    @Test
    void withNothingProvenMasteryExploitsTheBestOfEveryCandidateNotOnlyTheNew() {
        // both weigh 0.5³: the tried task's affinity 0.5, the untried one's fit 0.5
        Slot slot = new Slot(LearningPhase.MASTERY, List.of(mediocre("tried", 3), untried("new", 0.5)), "tried");

        assertThat(ADAPTIVE.probabilities(slot, new SplittableRandom(1)))
                .containsExactly(new double[] {0.85 / 2, 0.15 + 0.85 / 2}, within(1e-12));
    }

    @Test
    void aLapsedDislikeComesBackAsNoveltyBesideTheUntried() {
        Candidate probation = new Candidate("probation", 0.8, true, false, false, true, 0.5, 0.5, 0, null, 28, false);
        Slot slot = new Slot(LearningPhase.MASTERY, List.of(proven("proven"), probation), "proven");

        double[] p = ADAPTIVE.probabilities(slot, new SplittableRandom(1));

        assertThat(p).containsExactly(new double[] {0.85, 0.15}, within(1e-12));
        assertThat(ADAPTIVE.pool(slot, 1)).isEqualTo(Selection.Pool.EXPLORE);
    }

    @Test
    void aLogWithoutDaysUnseenCountsEveryTriedTaskAsSeenAlike() {
        Slot slot = new Slot(
                LearningPhase.ESTABLISHMENT,
                List.of(favorite("favorite"), mediocre("a", null), mediocre("b", null)),
                "favorite");

        assertThat(ADAPTIVE.probabilities(slot, new SplittableRandom(1)))
                .containsExactly(new double[] {0.70, 0.15, 0.15}, within(1e-12));
    }

    private static Candidate untried(String id, double fit) {
        return new Candidate(id, fit, false, false, false, false, 0.5, 0.5, 0, null, null, false);
    }

    private static Candidate mediocre(String id, @Nullable Integer daysUnseen) {
        return new Candidate(id, 0.8, true, false, false, false, 0.5, 0.5, 2, null, daysUnseen, false);
    }

    private static Candidate proven(String id) {
        return new Candidate(id, 0.8, true, false, true, false, 0.8, 0.8, 5, null, 1, false);
    }

    private static Candidate favorite(String id) {
        return new Candidate(id, 0.8, true, true, true, false, 0.9, 0.9, 5, null, 1, false);
    }
}
