package io.tailor.estimation;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.selection.Candidate;
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

    /** The candidate as a plan logs it: the library's features of its task, the user's stats from the slot. */
    public static CandidateFeatures of(Task task, Candidate candidate, Archetype archetype, EnergyMode mode) {
        return new CandidateFeatures(
                task.id(),
                task.category().value(),
                task.variationGroup(),
                task.fit(archetype),
                task.fit(mode),
                candidate.fit(),
                task.durationMinutes(),
                candidate.tried(),
                candidate.favorite(),
                candidate.proven(),
                candidate.onProbation(),
                candidate.affinity(),
                candidate.evidenceValue(),
                candidate.evidenceWeight());
    }
}
