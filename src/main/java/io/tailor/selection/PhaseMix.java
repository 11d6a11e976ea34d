package io.tailor.selection;

import io.tailor.profile.LearningPhase;
import java.util.function.Predicate;

/**
 * The spec's exploration/exploitation mix per phase: the share of draws that go to the phase's
 * preferred pool, and which tasks belong to it. The rest of the draws explore everything else.
 * <ul>
 *   <li>discovery: 80% untried, 20% tried;
 *   <li>establishment: 70% favorites, 30% exploration;
 *   <li>mastery: 85% proven, 15% novelty.
 * </ul>
 */
record PhaseMix(double preferredShare, Predicate<Candidate> preferred) {

    static final PhaseMix DISCOVERY = new PhaseMix(0.80, candidate -> !candidate.tried());
    static final PhaseMix ESTABLISHMENT = new PhaseMix(0.70, Candidate::favorite);
    static final PhaseMix MASTERY = new PhaseMix(0.85, Candidate::proven);

    static PhaseMix of(LearningPhase phase) {
        return switch (phase) {
            case DISCOVERY -> DISCOVERY;
            case ESTABLISHMENT -> ESTABLISHMENT;
            case MASTERY -> MASTERY;
        };
    }
}
