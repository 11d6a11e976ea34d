package io.tailor.simulation;

/**
 * One week's counts for one user, or summed over users. Variety is counted per user and category:
 * {@code categoryWeeks} such pairs, {@code distinctTasks} the distinct tasks planned in them, and
 * {@code varietyCategoryWeeks} the pairs with at least {@value #VARIETY_MIN_TASKS} distinct tasks.
 * {@code notReported} of the planned tasks went unreported; at the week's end the profile held
 * {@code disliked} disliked tasks, {@code likedDisliked} of them tasks the user in fact liked. The user was
 * away on {@code awayDays} days ({@link Lapses}), and on the first days back {@code returnPlanned} tasks were
 * planned and {@code returnCompleted} done.
 */
record WeekTally(
        int users,
        int planned,
        int completed,
        int ratings,
        int ratingSum,
        int categoryWeeks,
        int distinctTasks,
        int varietyCategoryWeeks,
        int inMastery,
        int notReported,
        int disliked,
        int likedDisliked,
        int awayDays,
        int returnPlanned,
        int returnCompleted) {

    static final int VARIETY_MIN_TASKS = 3;
    static final WeekTally NONE = new WeekTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    WeekTally plus(WeekTally other) {
        return new WeekTally(
                users + other.users,
                planned + other.planned,
                completed + other.completed,
                ratings + other.ratings,
                ratingSum + other.ratingSum,
                categoryWeeks + other.categoryWeeks,
                distinctTasks + other.distinctTasks,
                varietyCategoryWeeks + other.varietyCategoryWeeks,
                inMastery + other.inMastery,
                notReported + other.notReported,
                disliked + other.disliked,
                likedDisliked + other.likedDisliked,
                awayDays + other.awayDays,
                returnPlanned + other.returnPlanned,
                returnCompleted + other.returnCompleted);
    }
}
