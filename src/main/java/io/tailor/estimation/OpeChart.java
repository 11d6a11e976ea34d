package io.tailor.estimation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Each policy's estimated completion rate by each estimator, a dot with its 95% interval as a whisker, as SVG
 * written by hand like the simulator's chart. Policies along x, one column per estimator within each; the
 * y axis spans the intervals rounded out to 10 points.
 */
final class OpeChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 620;
    private static final int TOP = 50;
    private static final int BOTTOM = 380;

    private OpeChart() {}

    static String svg(List<Estimate> estimates, String title) {
        List<String> policies = policies(estimates);
        Scale scale = Scale.of(estimates, policies.size());
        StringBuilder svg = new StringBuilder();
        svg.append(format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"13\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"28\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT, title));
        axes(svg, scale, policies);
        for (Estimate estimate : estimates) {
            whisker(svg, scale, policies.indexOf(estimate.policy()), estimate);
        }
        for (Estimator estimator : Estimator.values()) {
            legend(svg, estimator);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static List<String> policies(List<Estimate> estimates) {
        Set<String> names = new LinkedHashSet<>();
        estimates.forEach(estimate -> names.add(estimate.policy()));
        return List.copyOf(names);
    }

    private static void axes(StringBuilder svg, Scale scale, List<String> policies) {
        for (int points = (int) Math.round(scale.low() * 100); points <= Math.round(scale.high() * 100); points += 5) {
            double y = scale.y(points / 100.0);
            svg.append(format(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e0e0e0\"/>\n", LEFT, y, RIGHT, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>\n", LEFT - 8, y + 4, points));
        }
        for (int i = 0; i < policies.size(); i++) {
            svg.append(format(
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                    scale.x(i, 1), BOTTOM + 20, policies.get(i)));
        }
        svg.append(format("<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"#333\"/>\n", LEFT, TOP, BOTTOM, RIGHT));
        svg.append(format(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Policy</text>\n", (LEFT + RIGHT) / 2, BOTTOM + 45));
        svg.append(format(
                "<text transform=\"translate(20 %d) rotate(-90)\" text-anchor=\"middle\">Estimated completion"
                        + " rate</text>\n",
                (TOP + BOTTOM) / 2));
    }

    private static void whisker(StringBuilder svg, Scale scale, int policy, Estimate estimate) {
        double x = scale.x(policy, estimate.estimator().ordinal());
        String colour = colour(estimate.estimator());
        if (Double.isFinite(estimate.ciLow()) && Double.isFinite(estimate.ciHigh())) {
            double low = scale.y(estimate.ciLow());
            double high = scale.y(estimate.ciHigh());
            svg.append(format(
                    "<path d=\"M%.1f %.1f V%.1f M%.1f %.1f H%.1f M%.1f %.1f H%.1f\" stroke=\"%s\""
                            + " stroke-width=\"1.5\" fill=\"none\"/>\n",
                    x, low, high, x - 5, low, x + 5, x - 5, high, x + 5, colour));
        }
        if (Double.isFinite(estimate.value())) {
            svg.append(format(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", x, scale.y(estimate.value()), colour));
        }
    }

    private static void legend(StringBuilder svg, Estimator estimator) {
        double y = TOP + 10 + 24 * estimator.ordinal();
        String colour = colour(estimator);
        svg.append(format("<circle cx=\"%d\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", RIGHT + 30, y, colour));
        svg.append(format("<text x=\"%d\" y=\"%.1f\">%s</text>\n", RIGHT + 42, y + 4, estimator.value()));
    }

    private static String colour(Estimator estimator) {
        return switch (estimator) {
            case IPS -> "#1f77b4";
            case SNIPS -> "#ff7f0e";
            case DR -> "#2ca02c";
        };
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** Policies and estimators to x, rates to y, inside the plot area. */
    private record Scale(int policies, double low, double high) {

        static Scale of(List<Estimate> estimates, int policies) {
            double low = 1;
            double high = 0;
            for (Estimate estimate : estimates) {
                for (double value : new double[] {estimate.value(), estimate.ciLow(), estimate.ciHigh()}) {
                    if (Double.isFinite(value)) {
                        low = Math.min(low, value);
                        high = Math.max(high, value);
                    }
                }
            }
            low = high < low ? 0 : Math.floor(low * 10) / 10;
            high = Math.ceil(high * 10) / 10;
            return new Scale(policies, low, Math.max(high, low + 0.1));
        }

        double x(int policy, int estimator) {
            double column = (RIGHT - LEFT) / (double) Math.max(policies, 1);
            return LEFT + column * (policy + 0.5) + (estimator - 1) * Math.min(24, column / 4);
        }

        double y(double rate) {
            return BOTTOM - (BOTTOM - TOP) * (rate - low) / (high - low);
        }
    }
}
