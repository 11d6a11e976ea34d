package io.tailor.estimation;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.selection.Candidate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One candidate of a logged slot, as the policy saw it: the task, its fit to the user's archetype and
 * mode, and the user's history with it at that moment ({@code _multi} in the log): with the pooled prior
 * the policy started from, the days since the user last reported it, and whether it is like a task the user
 * loved lately: each absent when there was none, or it is not (and in lines logged before they were kept);
 * and the task's difficulty, absent in lines logged before adaptive/3 weighed it.
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
        double evidenceWeight,
        @Nullable Double pooled,
        @Nullable Integer daysUnseen,
        boolean similarToLoved,
        @Nullable Integer difficulty) {

    public CandidateFeatures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(variationGroup, "variationGroup");
    }

    /** A candidate without a pooled prior or days unseen. */
    public CandidateFeatures(
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
        this(
                id,
                category,
                variationGroup,
                archetypeFit,
                modeFit,
                fit,
                durationMinutes,
                tried,
                favorite,
                proven,
                onProbation,
                affinity,
                evidenceValue,
                evidenceWeight,
                null,
                null,
                false,
                null);
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
                candidate.evidenceWeight(),
                candidate.pooled(),
                candidate.daysUnseen(),
                candidate.similarToLoved(),
                task.difficulty());
    }

    /** The candidate as a policy sees it. */
    public Candidate candidate() {
        return new Candidate(
                id,
                fit,
                tried,
                favorite,
                proven,
                onProbation,
                affinity,
                evidenceValue,
                evidenceWeight,
                pooled,
                daysUnseen,
                similarToLoved,
                difficulty,
                durationMinutes);
    }
}
