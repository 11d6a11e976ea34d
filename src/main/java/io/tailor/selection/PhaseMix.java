package io.tailor.selection;

import io.tailor.profile.LearningPhase;
import io.tailor.profile.TaskStats;
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
record PhaseMix(double preferredShare, Predicate<TaskStats> preferred) {

    static final PhaseMix DISCOVERY = new PhaseMix(0.80, stats -> !stats.isTried());
    static final PhaseMix ESTABLISHMENT = new PhaseMix(0.70, TaskStats::isFavorite);
    static final PhaseMix MASTERY = new PhaseMix(0.85, TaskStats::isProven);

    static PhaseMix of(LearningPhase phase) {
        return switch (phase) {
            case DISCOVERY -> DISCOVERY;
            case ESTABLISHMENT -> ESTABLISHMENT;
            case MASTERY -> MASTERY;
        };
    }
}
