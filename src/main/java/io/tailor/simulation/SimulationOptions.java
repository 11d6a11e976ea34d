package io.tailor.simulation;

import java.nio.file.Path;

/**
 * The simulate command's options, checked: a value out of range is refused with a reason.
 * {@code boredom} overrides the taste model's boredom per recent repeat, for sensitivity checks;
 * {@code opeSeeds}, when not 0, runs the off-policy evaluation's proof on that many seeds from {@code seed}
 * instead of the comparison.
 */
record SimulationOptions(int users, int weeks, long seed, double boredom, Path out, int opeSeeds) {

    static final int MAX_USERS = 1_000_000;
    static final int MAX_WEEKS = 104;
    static final double MAX_BOREDOM = 5;
    static final int MAX_OPE_SEEDS = 1000;
    static final SimulationOptions DEFAULTS = new SimulationOptions(
            2000, 8, 42, TasteModel.DEFAULT.boredomPerRepeat(), Path.of("target", "simulation"), 0);

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
    }

    TasteModel model() {
        return TasteModel.DEFAULT.withBoredomPerRepeat(boredom);
    }
}
