package io.tailor.estimation;

import java.util.List;
import java.util.Locale;

/** The estimates as a Markdown table, for the console. */
final class OpeTable {

    private OpeTable() {}

    static String markdown(List<Estimate> estimates) {
        StringBuilder table = new StringBuilder("""
                | policy | estimator | completion | 95% interval | decisions | effective sample size |
                | --- | --- | ---: | ---: | ---: | ---: |
                """);
        for (Estimate estimate : estimates) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s – %s | %d | %.0f |\n",
                    estimate.policy(),
                    estimate.estimator().value(),
                    percent(estimate.value()),
                    percent(estimate.ciLow()),
                    percent(estimate.ciHigh()),
                    estimate.decisions(),
                    estimate.ess()));
        }
        return table.toString();
    }

    private static String percent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : "-";
    }
}
