package io.tailor.estimation;

import java.util.List;
import java.util.Locale;

/** The estimates as CSV, one row per policy and estimator; fixed decimals, so the same run gives the same bytes. */
final class OpeCsv {

    static final String HEADER = "policy,estimator,value,ci_low,ci_high,decisions,ess";

    private OpeCsv() {}

    static String write(List<Estimate> estimates) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Estimate estimate : estimates) {
            csv.append(String.join(
                            ",",
                            estimate.policy(),
                            estimate.estimator().value(),
                            decimal(estimate.value(), 6),
                            decimal(estimate.ciLow(), 6),
                            decimal(estimate.ciHigh(), 6),
                            Long.toString(estimate.decisions()),
                            decimal(estimate.ess(), 1)))
                    .append('\n');
        }
        return csv.toString();
    }

    /** Empty for a value that cannot be estimated (no decisions, or no replicate with any weight). */
    static String decimal(double value, int places) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + places + "f", value) : "";
    }
}
