package io.tailor.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every request's latency and outcome, per endpoint; thread-safe, percentiles computed at the end. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    synchronized void record(String endpoint, long elapsedNanos, boolean ok) {
        nanos.computeIfAbsent(endpoint, key -> new ArrayList<>()).add(elapsedNanos);
        if (!ok) {
            errors.merge(endpoint, 1, Integer::sum);
        }
    }

    synchronized int totalRequests() {
        return nanos.values().stream().mapToInt(List::size).sum();
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A Markdown table: requests, errors, throughput and p50/p95/p99/max per endpoint. */
    synchronized String table(double seconds) {
        StringBuilder table =
                new StringBuilder("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        nanos.forEach((endpoint, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n",
                    endpoint,
                    sorted.length,
                    errors.getOrDefault(endpoint, 0),
                    sorted.length / seconds,
                    millis(sorted, 0.50),
                    millis(sorted, 0.95),
                    millis(sorted, 0.99),
                    millis(sorted, 1.0)));
        });
        return table.toString();
    }

    /** Nearest-rank percentile. */
    static double millis(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
