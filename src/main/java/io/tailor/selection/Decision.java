package io.tailor.selection;

import io.tailor.library.Task;
import java.util.List;

/**
 * One logged choice: what was chosen and why ({@link #selection}), the slot it was chosen from, and the
 * probability the serving policy gave each candidate (its exploration floor included), so that any other
 * policy can be evaluated on it later.
 *
 * @param tasks the library tasks behind the slot's candidates, in its order
 * @param chosen the chosen candidate's index in the slot
 * @param exact whether the probabilities are exact rather than estimated from replays of the policy's draws
 */
public record Decision(
        Selection selection,
        Slot slot,
        List<Task> tasks,
        int chosen,
        double[] probabilities,
        boolean exact,
        String policy,
        int version) {

    /** The chosen candidate's probability: its propensity. */
    public double propensity() {
        return probabilities[chosen];
    }

    /** The policy and the version of its settings, as one name: {@code adaptive/1}. */
    public String policyVersion() {
        return policy + "/" + version;
    }
}
