package io.tailor.simulation;

/**
 * One week's counts for one user, or summed over users. Variety is counted per user and category:
 * {@code categoryWeeks} such pairs, {@code distinctTasks} the distinct tasks planned in them, and
 * {@code varietyCategoryWeeks} the pairs with at least {@value #VARIETY_MIN_TASKS} distinct tasks.
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
        int inMastery) {

    static final int VARIETY_MIN_TASKS = 3;
    static final WeekTally NONE = new WeekTally(0, 0, 0, 0, 0, 0, 0, 0, 0);

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
                inMastery + other.inMastery);
    }
}
