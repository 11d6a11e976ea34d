package io.tailor.estimation;

/**
 * A policy to evaluate on the logged contexts: for a logged decision, its probability of choosing each of
 * the line's candidates, in the order of {@code line.context().candidates()}, summing to 1. It must not
 * look at what was chosen or what came of it, only at what the logging policy saw when it chose.
 */
public interface TargetPolicy {

    String name();

    double[] probabilities(DecisionLine line);
}
