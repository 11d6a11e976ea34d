package io.tailor.selection;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.profile.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * What a cohort of users did with one library task in the pooled priors' window: how many users were
 * planned it, how often it was planned to them with a known outcome ({@code shown}), how often done, and
 * how many of those were rated with what sum. Holds no user: only counts, and only of a cell with enough
 * users (see {@link PooledPriors}).
 */
public record TaskPrior(Cohort cohort, int users, int shown, int done, int ratings, int ratingSum) {

    public TaskPrior {
        if (users < 1 || shown < users || done < 0 || done > shown) {
            throw new IllegalArgumentException(
                    "a prior needs 1 ≤ users ≤ shown and 0 ≤ done ≤ shown, got " + users + ", " + shown + ", " + done);
        }
        if (ratings < 0 || ratings > done || ratingSum < ratings || ratingSum > 5 * ratings) {
            throw new IllegalArgumentException(
                    "a prior's ratings must be of completions, 1 to 5, got " + ratings + " summing to " + ratingSum);
        }
    }

    /** The share of plannings that were done. */
    public double doneRate() {
        return (double) done / shown;
    }

    /** The cohort's outcomes on the scale of a user's evidence ({@link Evidence#meanSignal}): the prior's mean. */
    public double mean() {
        return Evidence.meanSignal(shown, done, ratings, ratingSum);
    }

    /** How specific a cell is: everyone, the user's archetype, or their archetype in their energy mode. */
    public enum Cohort {
        EVERYONE,
        ARCHETYPE,
        ARCHETYPE_AND_MODE;

        /** The cohort of a cell: everyone without an archetype, the archetype's without a mode. */
        public static Cohort of(@Nullable Archetype archetype, @Nullable EnergyMode mode) {
            return archetype == null ? EVERYONE : mode == null ? ARCHETYPE : ARCHETYPE_AND_MODE;
        }

        /** Whether it is the people like the user, rather than everyone. */
        public boolean alike() {
            return this != EVERYONE;
        }
    }
}
