package io.tailor.simulation;

import io.tailor.library.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Users who lapse (issue 18, point 7), and what a return does to them; docs/evaluation.md states the model as
 * the assumption it is. Half the users are prone to lapses ({@value #PRONE_SHARE}); on each day such a user
 * is not away and not on a first day back, a lapse of 1 to {@value #MAX_DAYS} days (uniform) starts with chance
 * {@code rate}: on those days they open nothing, so nothing is planned and nothing reported. On the first day back the
 * log-odds of doing a planned task move by {@value #RETURN_LOGIT} (a return is fragile), plus {@value
 * #FAMILIAR} for a task they have done before, plus {@value #SHORT_SLOPE} per halving of the task's duration
 * against its category's median (minus as much per doubling). The draws come from a stream of their own, so
 * with rate 0 every other draw is what it was.
 */
final class Lapses {

    static final double PRONE_SHARE = 0.5;
    static final int MAX_DAYS = 3;
    static final double RETURN_LOGIT = -0.5;
    static final double FAMILIAR = 0.5;
    static final double SHORT_SLOPE = 0.5;
    static final double MAX_RATE = 0.5;

    private static final long LAPSE_STREAM = -5;

    private Lapses() {}

    /** The user's days with the ones they are away marked; unchanged when {@code rate} is 0. */
    static List<DayDraws> mark(List<DayDraws> days, long seed, int index, double rate) {
        if (rate == 0) {
            return days;
        }
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, index, LAPSE_STREAM));
        boolean prone = random.nextDouble() < PRONE_SHARE;
        List<DayDraws> marked = new ArrayList<>(days.size());
        int awayLeft = 0;
        boolean back = false;
        for (DayDraws day : days) {
            // the day after a lapse is a day back: every lapse ends in a return
            if (prone && awayLeft == 0 && !back && random.nextDouble() < rate) {
                awayLeft = 1 + random.nextInt(MAX_DAYS);
            }
            marked.add(awayLeft > 0 ? day.away() : day);
            back = awayLeft == 1;
            awayLeft = Math.max(0, awayLeft - 1);
        }
        return marked;
    }

    /** The shift in log-odds of doing {@code task} on the first day back. */
    static double returnShift(Task task, boolean doneBefore, World world) {
        double halvings =
                Math.log((double) world.medianMinutes(task.category()) / task.durationMinutes()) / Math.log(2);
        return RETURN_LOGIT + (doneBefore ? FAMILIAR : 0) + SHORT_SLOPE * halvings;
    }
}
