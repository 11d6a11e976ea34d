package io.tailor.simulation;

import io.tailor.console.RateChart;
import java.util.List;
import java.util.Locale;

/** The completion rate per week, one line per strategy ({@link RateChart}). */
final class CompletionChart {

    private static final int RIGHT = 600;

    private CompletionChart() {}

    static String svg(List<EvaluationRow> rows, String title) {
        RateChart chart = RateChart.start(title, RIGHT, rows.stream().mapToDouble(EvaluationRow::completionRate));
        int weeks = rows.stream().mapToInt(EvaluationRow::week).max().orElse(1);
        for (int week = 1; week <= weeks; week++) {
            chart.xLabel(x(weeks, week), week);
        }
        chart.axes("Week", "Completion rate");
        // the legend lists the strategies the run drew, in the order it drew them
        List<Contender> drawn =
                rows.stream().map(EvaluationRow::strategy).distinct().toList();
        for (int index = 0; index < drawn.size(); index++) {
            Contender contender = drawn.get(index);
            line(
                    chart,
                    weeks,
                    contender,
                    index,
                    rows.stream().filter(row -> row.strategy() == contender).toList());
        }
        return chart.end();
    }

    private static double x(int weeks, int week) {
        return weeks == 1
                ? (RateChart.LEFT + RIGHT) / 2.0
                : RateChart.LEFT + 20 + (RIGHT - RateChart.LEFT - 40) * (week - 1) / (weeks - 1.0);
    }

    private static void line(RateChart chart, int weeks, Contender contender, int index, List<EvaluationRow> rows) {
        String colour = colour(contender);
        String dash = switch (contender) {
            case ORACLE -> " stroke-dasharray=\"6 4\"";
            case TASTE_ORACLE, COHORT_ORACLE -> " stroke-dasharray=\"2 3\"";
            default -> "";
        };
        StringBuilder points = new StringBuilder();
        for (EvaluationRow row : rows) {
            points.append(
                    String.format(Locale.ROOT, "%.1f,%.1f ", x(weeks, row.week()), chart.y(row.completionRate())));
        }
        chart.add(
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s/>\n",
                points.toString().trim(), colour, dash);
        for (EvaluationRow row : rows) {
            chart.add(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
                    x(weeks, row.week()), chart.y(row.completionRate()), colour);
        }
        double legendY = RateChart.TOP + 10 + 24 * index;
        chart.add(
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"%s/>\n",
                RIGHT + 25, legendY, RIGHT + 55, legendY, colour, dash);
        chart.add("<text x=\"%d\" y=\"%.1f\">%s</text>\n", RIGHT + 63, legendY + 4, contender.value());
    }

    private static String colour(Contender contender) {
        return switch (contender) {
            case STATIC -> "#8c8c8c";
            case LIBRARY -> "#1f77b4";
            case ADAPTIVE -> "#ff7f0e";
            case ADAPTIVE_WITHOUT_WELCOME -> "#e377c2";
            case THOMPSON -> "#2ca02c";
            case ADAPTIVE_POOLED -> "#d62728";
            case THOMPSON_POOLED -> "#17becf";
            case TASTE_ORACLE -> "#9467bd";
            case COHORT_ORACLE -> "#bcbd22";
            case ORACLE -> "#222222";
        };
    }
}
