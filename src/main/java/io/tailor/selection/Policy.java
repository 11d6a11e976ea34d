package io.tailor.selection;

import java.util.SplittableRandom;

/**
 * A way of choosing one candidate of a {@link Slot}, stated twice so that it can be logged and evaluated:
 * the draw that serves a plan, and the probability that the draw picks each candidate. The two agree
 * exactly where the policy's form allows it; otherwise ({@link #exact} false) the probabilities are
 * estimated by replaying the policy's own draws.
 */
public interface Policy {

    /** The name experiments and the evaluator know it by: static, library, adaptive or thompson. */
    String name();

    /** The version of its settings: it changes whenever the same slot would be drawn differently. */
    int version();

    /** Whether {@link #probabilities} are exact rather than estimated from replays. */
    boolean exact();

    /** Whether it learns from the user's profile; the library's own picks do not. */
    default boolean learns() {
        return true;
    }

    /**
     * Whether it chooses among the eligible candidates (rotation window and dislikes honoured); the static
     * plan, the app before dynamic plans, honours neither and chooses among every fitting task.
     */
    default boolean rotates() {
        return true;
    }

    /** Whether a return day's plan leans on proven and shorter tasks ({@link WelcomeBack}), and says so. */
    default boolean welcomesBack() {
        return false;
    }

    /** Which pool a draw of this candidate came from: the library's picks exploit. */
    default Selection.Pool pool(Slot slot, int index) {
        return Selection.Pool.EXPLOIT;
    }

    /** One draw: the index of the chosen candidate. */
    int draw(Slot slot, SplittableRandom random);

    /**
     * The probability of each candidate, in the slot's order, summing to 1; all zero when the policy
     * would choose a task that is not among them. {@code replays} is used only by an inexact policy.
     */
    double[] probabilities(Slot slot, SplittableRandom replays);
}
