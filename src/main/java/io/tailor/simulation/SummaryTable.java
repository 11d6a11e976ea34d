package io.tailor.simulation;

import java.util.List;
import java.util.Locale;

/** A Markdown table of selected weeks, for the console and for docs/evaluation.md. */
final class SummaryTable {

    private SummaryTable() {}

    static String markdown(List<EvaluationRow> rows, List<Integer> weeks) {
        StringBuilder table = new StringBuilder("""
                | strategy | week | completion | mean rating | distinct tasks / category | 3+ distinct | regret | \
                liked tasks banned / user |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        rows.stream().filter(row -> weeks.contains(row.week())).forEach(row -> table.append(line(row)));
        return table.toString();
    }

    private static String line(EvaluationRow row) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f%% | %s | %.2f | %.0f%% | %.1f pts | %.2f |\n",
                row.strategy().value(),
                row.week(),
                100 * row.completionRate(),
                row.meanRating().isPresent()
                        ? String.format(Locale.ROOT, "%.2f", row.meanRating().getAsDouble())
                        : "-",
                row.distinctTasksPerCategory(),
                100 * row.varietyShare(),
                100 * row.regret(),
                row.likedDislikedPerUser());
    }
}
