package io.tailor.estimation;

import java.util.Objects;

/**
 * One candidate of a logged slot, as the policy saw it: the task, its fit to the user's archetype and
 * mode, and the user's history with it at that moment ({@code _multi} in the log).
 */
public record CandidateFeatures(
        String id,
        String category,
        String variationGroup,
        double archetypeFit,
        double modeFit,
        double fit,
        int durationMinutes,
        boolean tried,
        boolean favorite,
        boolean proven,
        boolean onProbation,
        double affinity,
        double evidenceValue,
        double evidenceWeight) {

    public CandidateFeatures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(variationGroup, "variationGroup");
    }
}
