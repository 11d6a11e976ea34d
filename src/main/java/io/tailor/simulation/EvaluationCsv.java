package io.tailor.simulation;

import java.util.List;
import java.util.Locale;

/** The report as CSV, one row per strategy and week; fixed decimals, so the same run gives the same bytes. */
final class EvaluationCsv {

    static final String HEADER = "strategy,week,users,planned,completed,completion_rate,ratings,mean_rating,"
            + "distinct_tasks_per_category,variety_share,mastery_share,regret,not_reported,disliked,liked_disliked";

    private EvaluationCsv() {}

    static String write(List<EvaluationRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(EvaluationRow row) {
        WeekTally tally = row.tally();
        return String.format(
                Locale.ROOT,
                "%s,%d,%d,%d,%d,%.4f,%d,%s,%.4f,%.4f,%.4f,%.4f,%d,%d,%d\n",
                row.strategy().value(),
                row.week(),
                tally.users(),
                tally.planned(),
                tally.completed(),
                row.completionRate(),
                tally.ratings(),
                row.meanRating().isPresent()
                        ? String.format(Locale.ROOT, "%.4f", row.meanRating().getAsDouble())
                        : "",
                row.distinctTasksPerCategory(),
                row.varietyShare(),
                row.masteryShare(),
                row.regret(),
                tally.notReported(),
                tally.disliked(),
                tally.likedDisliked());
    }
}
