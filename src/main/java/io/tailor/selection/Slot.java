package io.tailor.selection;

import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One category's choice in a day's plan: the user's phase and the eligible candidates (fitting, outside
 * the rotation window, not disliked while others remain; see {@link Candidates#open}), best fit first.
 *
 * @param unrotatedBest the best fitting task had rotation and dislikes been ignored, as the static plan
 *     picks it; null when the category has no task
 * @param categoryTried how many of the category's variations the user has tried ({@code DiscoveryGoal}),
 *     which steers discovery; null when unknown (a log from before it was kept), which steers nothing
 * @param daysMissed the whole days the user missed before the plan's day ({@link WelcomeBack#daysMissed}); null
 *     for a user who never reported, and in a log from before it was kept
 * @param mode the user's energy today, and {@code completionRate} their share of reports done (null before
 *     any): what {@link Effort} weighs difficulty and length by
 */
public record Slot(
        LearningPhase phase,
        List<Candidate> candidates,
        @Nullable String unrotatedBest,
        @Nullable Integer categoryTried,
        @Nullable Integer daysMissed,
        EnergyMode mode,
        @Nullable Double completionRate) {

    public Slot {
        candidates = List.copyOf(candidates);
    }

    /**
     * A slot whose category's tried count is not known, without days missed, on a medium-energy day of a user
     * with no reports yet.
     */
    public Slot(LearningPhase phase, List<Candidate> candidates, @Nullable String unrotatedBest) {
        this(phase, candidates, unrotatedBest, null, null, EnergyMode.MEDIUM, null);
    }

    /** A slot without days missed (no welcome back), on a medium-energy day of a user with no reports yet. */
    public Slot(
            LearningPhase phase,
            List<Candidate> candidates,
            @Nullable String unrotatedBest,
            @Nullable Integer categoryTried) {
        this(phase, candidates, unrotatedBest, categoryTried, null, EnergyMode.MEDIUM, null);
    }

    public int size() {
        return candidates.size();
    }

    public Candidate candidate(int index) {
        return candidates.get(index);
    }
}
