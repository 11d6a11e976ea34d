package io.tailor.simulation;

import io.tailor.selection.Pooling;
import java.nio.file.Path;

/**
 * The simulate command's options, checked: a value out of range is refused with a reason.
 * {@code boredom} overrides the taste model's boredom per recent repeat, for sensitivity checks;
 * {@code opeSeeds}, when not 0, runs the off-policy evaluation's proof on that many seeds from {@code seed}
 * instead of the comparison. {@code shared} is the sd of the taste most users share (0: the model before issue
 * 18); {@code population}, when not 0, runs the arrival comparison instead: that many users use Tailor
 * first, and the {@code users} who arrive after them are planned for with and without their pooled priors.
 * {@code lapse} is the chance that a lapse-prone user starts a lapse on a day ({@link Lapses}; 0: nobody lapses).
 * {@code pooling} is how the pooled learners of an arrival comparison hold the priors: as served unless tried
 * otherwise.
 */
record SimulationOptions(
        int users,
        int weeks,
        long seed,
        double boredom,
        Path out,
        int opeSeeds,
        double shared,
        int population,
        double lapse,
        Pooling pooling) {

    static final int MAX_USERS = 1_000_000;
    static final int MAX_WEEKS = 104;
    static final double MAX_BOREDOM = 5;
    static final int MAX_OPE_SEEDS = 1000;
    static final double MAX_SHARED = 3;
    static final SimulationOptions DEFAULTS = new SimulationOptions(
            2000,
            8,
            42,
            TasteModel.DEFAULT.boredomPerRepeat(),
            Path.of("target", "simulation"),
            0,
            TasteModel.DEFAULT.sharedSpread(),
            0,
            0,
            Pooling.SERVED);

    SimulationOptions {
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("--users must be between 1 and " + MAX_USERS + ", got " + users);
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("--weeks must be between 1 and " + MAX_WEEKS + ", got " + weeks);
        }
        if (!(boredom >= 0 && boredom <= MAX_BOREDOM)) {
            throw new IllegalArgumentException("--boredom must be between 0 and " + MAX_BOREDOM + ", got " + boredom);
        }
        if (opeSeeds < 0 || opeSeeds > MAX_OPE_SEEDS) {
            throw new IllegalArgumentException(
                    "--ope-seeds must be between 0 and " + MAX_OPE_SEEDS + ", got " + opeSeeds);
        }
        if (!(shared >= 0 && shared <= MAX_SHARED)) {
            throw new IllegalArgumentException("--shared must be between 0 and " + MAX_SHARED + ", got " + shared);
        }
        if (!(lapse >= 0 && lapse <= Lapses.MAX_RATE)) {
            throw new IllegalArgumentException("--lapse must be between 0 and " + Lapses.MAX_RATE + ", got " + lapse);
        }
        if (lapse > 0 && (opeSeeds > 0 || population > 0)) {
            throw new IllegalArgumentException("--lapse runs the comparison: not with --ope-seeds or --population");
        }
        if (population < 0 || population > MAX_USERS) {
            throw new IllegalArgumentException(
                    "--population must be between 0 and " + MAX_USERS + ", got " + population);
        }
        if (!pooling.equals(Pooling.SERVED) && population == 0) {
            throw new IllegalArgumentException(
                    "--prior-strength and --pooled-sharpness tune the pooled learners: only with --population");
        }
    }

    TasteModel model() {
        return TasteModel.DEFAULT.withBoredomPerRepeat(boredom).withSharedSpread(shared);
    }
}
