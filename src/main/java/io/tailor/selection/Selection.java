package io.tailor.selection;

import io.tailor.library.Task;

/** One chosen task and why, in words a person can read. */
public record Selection(Task task, String reason, Pool pool) {

    /**
     * Where the task came from: what the policy knows works ({@code EXPLOIT}), a tried task drawn to learn
     * more or by the exploration floor ({@code EXPLORE}), an untried one ({@code NOVELTY}), or the fallback
     * source ({@code FALLBACK}).
     */
    public enum Pool {
        EXPLOIT,
        EXPLORE,
        NOVELTY,
        FALLBACK
    }
}
