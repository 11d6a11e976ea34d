package io.tailor.selection;

import io.tailor.profile.DiscoveryGoal;
import io.tailor.profile.LearningPhase;
import java.util.function.Predicate;

/**
 * The spec's exploration/exploitation mix per phase: the share of draws that go to novelty, and which tasks
 * the rest of the draws exploit (never one on probation: it comes back only as novelty).
 * <ul>
 *   <li>discovery: 80% new, 20% tried;
 *   <li>establishment: 70% favorites, 30% new;
 *   <li>mastery: 85% proven, 15% new.
 * </ul>
 * Novelty means new ({@link Novelty}): untried tasks first, then the longest unseen. Discovery's novelty may
 * draw on any candidate; the other phases' on what they do not exploit. Discovery steers toward its goal
 * ({@link DiscoveryGoal}): in a category with fewer than {@value DiscoveryGoal#MIN} variations tried, novelty
 * takes {@value #BELOW_GOAL_NOVELTY} of the draws.
 */
record PhaseMix(double noveltyShare, Predicate<Candidate> known, boolean noveltyFromAll) {

    static final PhaseMix DISCOVERY = new PhaseMix(0.80, Candidate::tried, true);
    static final PhaseMix ESTABLISHMENT = new PhaseMix(0.30, Candidate::favorite, false);
    static final PhaseMix MASTERY = new PhaseMix(0.15, Candidate::proven, false);
    static final double BELOW_GOAL_NOVELTY = 0.95;

    static PhaseMix of(LearningPhase phase) {
        return switch (phase) {
            case DISCOVERY -> DISCOVERY;
            case ESTABLISHMENT -> ESTABLISHMENT;
            case MASTERY -> MASTERY;
        };
    }

    /** Novelty's share of the slot's draws: the phase's, or more in discovery while the category is below the goal. */
    double noveltyShare(Slot slot) {
        Integer tried = slot.categoryTried();
        boolean belowGoal = tried != null && tried < DiscoveryGoal.MIN;
        return this == DISCOVERY && belowGoal ? Math.max(noveltyShare, BELOW_GOAL_NOVELTY) : noveltyShare;
    }

    /** Whether the candidate is in the pool the phase exploits. */
    boolean exploits(Candidate candidate) {
        return known.test(candidate) && !candidate.onProbation();
    }
}
