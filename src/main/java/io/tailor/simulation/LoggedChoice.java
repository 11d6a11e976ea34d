package io.tailor.simulation;

import io.tailor.estimation.DecisionLine;

/**
 * One plan item of a logged simulated run: its decision as the log line the service would write, and, per
 * candidate of the slot in the line's order, whether the user would have done that task in its place that
 * day (the same taste, boredom and draws). What the logged policy chose is one of them; the others are the
 * counterfactuals only a simulator knows, which give any policy's true completion on the logged contexts.
 */
record LoggedChoice(DecisionLine line, boolean[] completes) {

    LoggedChoice {
        if (completes.length != line.context().candidates().size()) {
            throw new IllegalArgumentException("one outcome per candidate");
        }
        if (completes[line.chosenIndex()] != (line.outcome() == DecisionLine.Outcome.DONE)) {
            throw new IllegalArgumentException("the chosen candidate's outcome must be the line's");
        }
    }

    /** A policy's true completion here: Σ π(a)·y(a) over the candidates, given its probabilities in line order. */
    double truth(double[] probabilities) {
        double truth = 0;
        for (int i = 0; i < completes.length; i++) {
            truth += completes[i] ? probabilities[i] : 0;
        }
        return truth;
    }
}
