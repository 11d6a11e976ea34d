package io.tailor.selection;

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
 */
public record Slot(
        LearningPhase phase,
        List<Candidate> candidates,
        @Nullable String unrotatedBest,
        @Nullable Integer categoryTried,
        @Nullable Integer daysMissed) {

    public Slot {
        candidates = List.copyOf(candidates);
    }

    /** A slot whose category's tried count is not known, without days missed. */
    public Slot(LearningPhase phase, List<Candidate> candidates, @Nullable String unrotatedBest) {
        this(phase, candidates, unrotatedBest, null, null);
    }

    /** A slot without days missed: no welcome back. */
    public Slot(
            LearningPhase phase,
            List<Candidate> candidates,
            @Nullable String unrotatedBest,
            @Nullable Integer categoryTried) {
        this(phase, candidates, unrotatedBest, categoryTried, null);
    }

    public int size() {
        return candidates.size();
    }

    public Candidate candidate(int index) {
        return candidates.get(index);
    }
}
