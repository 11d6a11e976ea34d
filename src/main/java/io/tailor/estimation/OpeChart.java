package io.tailor.estimation;

import io.tailor.console.RateChart;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;

/**
 * Each policy's estimated completion rate by each estimator, a dot with its 95% interval as a whisker
 * ({@link RateChart}). Policies along x, one column per estimator within each.
 */
final class OpeChart {

    private static final int RIGHT = 620;

    private OpeChart() {}

    static String svg(List<Estimate> estimates, String title) {
        List<String> policies = policies(estimates);
        RateChart chart = RateChart.start(
                title,
                RIGHT,
                estimates.stream()
                        .flatMapToDouble(
                                estimate -> DoubleStream.of(estimate.value(), estimate.ciLow(), estimate.ciHigh())));
        for (int i = 0; i < policies.size(); i++) {
            chart.xLabel(x(policies.size(), i, 1), policies.get(i));
        }
        chart.axes("Policy", "Estimated completion rate");
        for (Estimate estimate : estimates) {
            whisker(
                    chart,
                    x(
                            policies.size(),
                            policies.indexOf(estimate.policy()),
                            estimate.estimator().ordinal()),
                    estimate);
        }
        for (Estimator estimator : Estimator.values()) {
            double y = RateChart.TOP + 10 + 24 * estimator.ordinal();
            chart.add("<circle cx=\"%d\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", RIGHT + 30, y, colour(estimator));
            chart.add("<text x=\"%d\" y=\"%.1f\">%s</text>\n", RIGHT + 42, y + 4, estimator.value());
        }
        return chart.end();
    }

    private static List<String> policies(List<Estimate> estimates) {
        Set<String> names = new LinkedHashSet<>();
        estimates.forEach(estimate -> names.add(estimate.policy()));
        return List.copyOf(names);
    }

    /** A policy's column, and an estimator's place in it. */
    private static double x(int policies, int policy, int estimator) {
        double column = (RIGHT - RateChart.LEFT) / (double) Math.max(policies, 1);
        return RateChart.LEFT + column * (policy + 0.5) + (estimator - 1) * Math.min(24, column / 4);
    }

    private static void whisker(RateChart chart, double x, Estimate estimate) {
        String colour = colour(estimate.estimator());
        if (Double.isFinite(estimate.ciLow()) && Double.isFinite(estimate.ciHigh())) {
            double low = chart.y(estimate.ciLow());
            double high = chart.y(estimate.ciHigh());
            chart.add(
                    "<path d=\"M%.1f %.1f V%.1f M%.1f %.1f H%.1f M%.1f %.1f H%.1f\" stroke=\"%s\""
                            + " stroke-width=\"1.5\" fill=\"none\"/>\n",
                    x, low, high, x - 5, low, x + 5, x - 5, high, x + 5, colour);
        }
        if (Double.isFinite(estimate.value())) {
            chart.add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", x, chart.y(estimate.value()), colour);
        }
    }

    private static String colour(Estimator estimator) {
        return switch (estimator) {
            case IPS -> "#1f77b4";
            case SNIPS -> "#ff7f0e";
            case DR -> "#2ca02c";
        };
    }
}
