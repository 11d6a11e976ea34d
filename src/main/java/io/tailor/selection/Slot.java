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
 */
public record Slot(
        LearningPhase phase,
        List<Candidate> candidates,
        @Nullable String unrotatedBest) {

    public Slot {
        candidates = List.copyOf(candidates);
    }

    public int size() {
        return candidates.size();
    }

    public Candidate candidate(int index) {
        return candidates.get(index);
    }
}
