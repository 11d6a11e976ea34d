package io.tailor.estimation;

import io.tailor.estimation.DecisionLine.Outcome;
import java.util.SplittableRandom;

/**
 * A bandit whose truth is known: four tasks done at 0.2, 0.4, 0.6 and 0.8, each user 0.15 above or below
 * by a uniform draw of their own (mean 0), logged by a policy that picks them with 0.4, 0.3, 0.2 and 0.1.
 * A policy's true completion is then Σ_a π(a)·rate(a): 0.4 for the logger, 0.66 for {@link #FAVOURS_D}.
 */
final class SyntheticBandit {

    static final double[] RATES = {0.2, 0.4, 0.6, 0.8};
    static final double[] LOGGING = {0.4, 0.3, 0.2, 0.1};
    static final TargetPolicy FAVOURS_D = Decisions.fixed("favours-d", 0.1, 0.1, 0.2, 0.6);
    static final double FAVOURS_D_TRUTH = 0.1 * 0.2 + 0.1 * 0.4 + 0.2 * 0.6 + 0.6 * 0.8;

    private final SplittableRandom random;

    SyntheticBandit(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code users} users with {@code each} decisions apiece, user by user. */
    DecisionLine[] log(int users, int each) {
        DecisionLine[] lines = new DecisionLine[users * each];
        for (int user = 0; user < users; user++) {
            double offset = random.nextDouble(-0.15, 0.15);
            for (int i = 0; i < each; i++) {
                lines[user * each + i] = decide("u" + user, offset);
            }
        }
        return lines;
    }

    private DecisionLine decide(String user, double offset) {
        int chosen = pick();
        Outcome outcome = random.nextDouble() < RATES[chosen] + offset ? Outcome.DONE : Outcome.SKIPPED;
        return Decisions.line(user, LOGGING, chosen, outcome, "a", "b", "c", "d");
    }

    private int pick() {
        double draw = random.nextDouble();
        int chosen = 0;
        for (double cumulative = LOGGING[0]; draw >= cumulative && chosen < LOGGING.length - 1; ) {
            cumulative += LOGGING[++chosen];
        }
        return chosen;
    }
}
