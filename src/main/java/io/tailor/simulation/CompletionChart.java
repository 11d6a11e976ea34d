package io.tailor.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The completion rate per week, one line per strategy, as SVG written by hand: a chart is a few
 * lines and labels, not worth a dependency. The y axis spans the data rounded out to 10 points.
 */
final class CompletionChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 600;
    private static final int TOP = 50;
    private static final int BOTTOM = 380;

    private CompletionChart() {}

    static String svg(List<EvaluationRow> rows, String title) {
        Scale scale = Scale.of(rows);
        StringBuilder svg = new StringBuilder();
        svg.append(format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"13\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"28\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT, title));
        axes(svg, scale);
        List<Contender> drawn =
                rows.stream().map(EvaluationRow::strategy).distinct().toList();
        for (int index = 0; index < drawn.size(); index++) {
            Contender contender = drawn.get(index);
            line(
                    svg,
                    scale,
                    contender,
                    index,
                    rows.stream().filter(row -> row.strategy() == contender).toList());
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, Scale scale) {
        for (int points = (int) Math.round(scale.low() * 100); points <= Math.round(scale.high() * 100); points += 5) {
            double y = scale.y(points / 100.0);
            svg.append(format(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e0e0e0\"/>\n", LEFT, y, RIGHT, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>\n", LEFT - 8, y + 4, points));
        }
        for (int week = 1; week <= scale.weeks(); week++) {
            svg.append(format(
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", scale.x(week), BOTTOM + 20, week));
        }
        svg.append(format("<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"#333\"/>\n", LEFT, TOP, BOTTOM, RIGHT));
        svg.append(format(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Week</text>\n", (LEFT + RIGHT) / 2, BOTTOM + 45));
        svg.append(format(
                "<text transform=\"translate(20 %d) rotate(-90)\" text-anchor=\"middle\">Completion rate</text>\n",
                (TOP + BOTTOM) / 2));
    }

    private static void line(StringBuilder svg, Scale scale, Contender contender, int index, List<EvaluationRow> rows) {
        String colour = colour(contender);
        String dash = switch (contender) {
            case ORACLE -> " stroke-dasharray=\"6 4\"";
            case TASTE_ORACLE -> " stroke-dasharray=\"2 3\"";
            default -> "";
        };
        StringBuilder points = new StringBuilder();
        for (EvaluationRow row : rows) {
            points.append(format("%.1f,%.1f ", scale.x(row.week()), scale.y(row.completionRate())));
        }
        svg.append(format(
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s/>\n",
                points.toString().trim(), colour, dash));
        for (EvaluationRow row : rows) {
            svg.append(format(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
                    scale.x(row.week()), scale.y(row.completionRate()), colour));
        }
        legend(svg, contender, index, colour, dash);
    }

    private static void legend(StringBuilder svg, Contender contender, int index, String colour, String dash) {
        double legendY = TOP + 10 + 24 * index;
        svg.append(format(
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"%s/>\n",
                RIGHT + 25, legendY, RIGHT + 55, legendY, colour, dash));
        svg.append(format("<text x=\"%d\" y=\"%.1f\">%s</text>\n", RIGHT + 63, legendY + 4, contender.value()));
    }

    private static String colour(Contender contender) {
        return switch (contender) {
            case STATIC -> "#8c8c8c";
            case LIBRARY -> "#1f77b4";
            case ADAPTIVE -> "#ff7f0e";
            case THOMPSON -> "#2ca02c";
            case ADAPTIVE_POOLED -> "#d62728";
            case THOMPSON_POOLED -> "#17becf";
            case TASTE_ORACLE -> "#9467bd";
            case ORACLE -> "#222222";
        };
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** Weeks to x and completion rates to y, inside the plot area. */
    private record Scale(int weeks, double low, double high) {

        static Scale of(List<EvaluationRow> rows) {
            int weeks = rows.stream().mapToInt(EvaluationRow::week).max().orElse(1);
            double[] rates =
                    rows.stream().mapToDouble(EvaluationRow::completionRate).toArray();
            double low = Math.floor(Arrays.stream(rates).min().orElse(0) * 10) / 10;
            double high = Math.ceil(Arrays.stream(rates).max().orElse(1) * 10) / 10;
            return new Scale(weeks, low, Math.max(high, low + 0.1));
        }

        double x(int week) {
            return weeks == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + 20 + (RIGHT - LEFT - 40) * (week - 1) / (weeks - 1.0);
        }

        double y(double rate) {
            return BOTTOM - (BOTTOM - TOP) * (rate - low) / (high - low);
        }
    }
}
