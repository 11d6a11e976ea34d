package io.tailor.selection;

/**
 * Which of a slot's candidates a novelty draw may take: the untried ones, with any back on probation (a
 * lapsed dislike is offered again as a fresh start, and its reason says so); when none is left, the ones the
 * user has gone longest without reporting. So a tried task with middling results is never drawn as new
 * while something new remains.
 */
final class Novelty {

    private Novelty() {}

    /** The novelty pool among the candidates {@code within} marks, as a mask over the slot's order. */
    static boolean[] of(Slot slot, boolean[] within) {
        boolean[] pool = new boolean[slot.size()];
        boolean any = false;
        int longest = -1;
        for (int i = 0; i < pool.length; i++) {
            if (!within[i]) {
                continue;
            }
            Candidate candidate = slot.candidate(i);
            if (!candidate.tried() || candidate.onProbation()) {
                pool[i] = true;
                any = true;
            } else {
                longest = Math.max(longest, daysUnseen(candidate));
            }
        }
        if (any) {
            return pool;
        }
        for (int i = 0; i < pool.length; i++) {
            pool[i] = within[i] && daysUnseen(slot.candidate(i)) == longest;
        }
        return pool;
    }

    /** A log written before candidates carried it says nothing: every tried task counts as seen alike. */
    private static int daysUnseen(Candidate candidate) {
        Integer days = candidate.daysUnseen();
        return days == null ? 0 : days;
    }
}
