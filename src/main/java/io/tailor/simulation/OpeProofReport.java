package io.tailor.simulation;

import io.tailor.estimation.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The proof's rows as {@value #CSV}, one per seed, policy and estimator with fixed decimals (the same
 * arguments give the same bytes), and as a summary over the seeds per policy and estimator: how often the
 * 95% interval covered the truth, the mean absolute and the mean signed error, the mean effective sample
 * size and decisions, and the worst seed's error.
 */
final class OpeProofReport {

    static final String CSV = "ope-proof.csv";
    static final String HEADER = "seed,policy,estimator,value,ci_low,ci_high,truth,covered,decisions,ess";

    private OpeProofReport() {}

    static String csv(List<OpeProof.Row> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (OpeProof.Row row : rows) {
            Estimate estimate = row.estimate();
            csv.append(String.join(
                            ",",
                            Long.toString(row.seed()),
                            estimate.policy(),
                            estimate.estimator().value(),
                            decimal(estimate.value(), 6),
                            decimal(estimate.ciLow(), 6),
                            decimal(estimate.ciHigh(), 6),
                            decimal(row.truth(), 6),
                            Boolean.toString(row.covered()),
                            Long.toString(estimate.decisions()),
                            decimal(estimate.ess(), 1)))
                    .append('\n');
        }
        return csv.toString();
    }

    static String markdown(List<OpeProof.Row> rows) {
        StringBuilder table = new StringBuilder("""
                | policy | estimator | seeds | covered | mean abs. error | max abs. error | mean error | mean truth | mean ESS | mean decisions |
                | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        for (Map.Entry<String, List<OpeProof.Row>> group : groups(rows).entrySet()) {
            List<OpeProof.Row> seeds = group.getValue();
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f%% | %.4f | %.4f | %+.4f | %.1f%% | %.0f | %.0f |\n",
                    group.getKey(),
                    seeds.size(),
                    100 * mean(seeds, row -> row.covered() ? 1 : 0),
                    mean(seeds, row -> Math.abs(row.error())),
                    seeds.stream()
                            .mapToDouble(row -> Math.abs(row.error()))
                            .max()
                            .orElse(Double.NaN),
                    mean(seeds, OpeProof.Row::error),
                    100 * mean(seeds, OpeProof.Row::truth),
                    mean(seeds, row -> row.estimate().ess()),
                    mean(seeds, row -> row.estimate().decisions())));
        }
        return table.toString();
    }

    /** The rows per policy and estimator, in the order they first come: "adaptive | snips". */
    private static Map<String, List<OpeProof.Row>> groups(List<OpeProof.Row> rows) {
        Map<String, List<OpeProof.Row>> groups = new LinkedHashMap<>();
        for (OpeProof.Row row : rows) {
            String key =
                    row.estimate().policy() + " | " + row.estimate().estimator().value();
            groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static double mean(List<OpeProof.Row> rows, ToDoubleFunction<OpeProof.Row> value) {
        return rows.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private static String decimal(double value, int places) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + places + "f", value) : "";
    }
}
