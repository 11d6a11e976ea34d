package io.tailor.console;

import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * A chart of rates (0 to 1) as SVG written by hand, the frame the command-line tools' charts share: a chart
 * is a few lines and labels, not worth a dependency. It draws the canvas, the title, a grid every 5 points
 * between the rates rounded out to 10 points, and the axes; each chart adds its own marks and x labels.
 */
public final class RateChart {

    public static final int LEFT = 70;
    public static final int TOP = 50;
    public static final int BOTTOM = 380;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;

    private final StringBuilder svg = new StringBuilder();
    private final int right;
    private final double low;
    private final double high;

    private RateChart(int right, double low, double high) {
        this.right = right;
        this.low = low;
        this.high = high;
    }

    /** A chart whose plot ends at x = {@code right}, its y axis spanning the finite {@code rates}. */
    public static RateChart start(String title, int right, DoubleStream rates) {
        double[] finite = rates.filter(Double::isFinite).toArray();
        double low = Math.floor(DoubleStream.of(finite).min().orElse(0) * 10) / 10;
        double high = Math.ceil(DoubleStream.of(finite).max().orElse(1) * 10) / 10;
        RateChart chart = new RateChart(right, low, Math.max(high, low + 0.1));
        chart.add(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"13\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT);
        chart.add("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT);
        chart.add("<text x=\"%d\" y=\"28\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT, title);
        for (int points = (int) Math.round(chart.low * 100); points <= Math.round(chart.high * 100); points += 5) {
            double y = chart.y(points / 100.0);
            chart.add("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e0e0e0\"/>\n", LEFT, y, right, y);
            chart.add("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>\n", LEFT - 8, y + 4, points);
        }
        return chart;
    }

    /** The rate's height in the plot. */
    public double y(double rate) {
        return BOTTOM - (BOTTOM - TOP) * (rate - low) / (high - low);
    }

    /** A label under the x axis, centred at {@code x}. */
    public void xLabel(double x, Object label) {
        add("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, BOTTOM + 20, label);
    }

    /** The axes and what they measure. */
    public void axes(String x, String y) {
        add("<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"#333\"/>\n", LEFT, TOP, BOTTOM, right);
        add("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", (LEFT + right) / 2, BOTTOM + 45, x);
        add(
                "<text transform=\"translate(20 %d) rotate(-90)\" text-anchor=\"middle\">%s</text>\n",
                (TOP + BOTTOM) / 2, y);
    }

    /** Any other mark, formatted as numbers are everywhere (a point for decimals). */
    public void add(String pattern, Object... values) {
        svg.append(String.format(Locale.ROOT, pattern, values));
    }

    public String end() {
        return svg.append("</svg>\n").toString();
    }
}
