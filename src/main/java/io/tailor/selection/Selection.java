package io.tailor.selection;

import io.tailor.library.Task;

/** One chosen task and why, in words a person can read. */
public record Selection(Task task, String reason, Pool pool) {

    /** Which side of the phase's mix the task came from; {@code BEST_FIT} outside the adaptive selector. */
    public enum Pool {
        PREFERRED,
        EXPLORATION,
        BEST_FIT
    }
}
