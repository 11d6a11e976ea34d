package io.tailor.experiment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Each arm's completion, rating and variety with 95% intervals, and every later arm's difference to the
 * first. A user's items are not independent of each other, so the bootstrap resamples users (a clustered
 * bootstrap): each of {@value #REPLICATES} replicates draws the arm's users with replacement and takes each
 * metric as a ratio of sums over them; the interval runs from the 2.5th to the 97.5th percentile of the
 * replicates. The draws are seeded by experiment and arm, so the same data give the same intervals. Pure:
 * its cost is replicates × users, whatever the number of items.
 */
final class ExperimentResults {

    static final int REPLICATES = 1_000;

    private ExperimentResults() {}

    /** One user's sums in one arm, as the results statement adds them up. */
    record UserTotals(
            String arm,
            long planned,
            long settled,
            long done,
            long ratingSum,
            long ratingCount,
            long groups,
            long weeks) {}

    /** A value with its 95% interval; all null when there is nothing to measure (no settled item, no rating). */
    @Schema(name = "ExperimentEstimate", description = "A value and its 95% interval (bootstrap over users)")
    record Estimate(
            @Nullable Double value,
            @Nullable Double ciLow,
            @Nullable Double ciHigh) {

        static final Estimate NONE = new Estimate(null, null, null);
    }

    @Schema(name = "ExperimentDifference", description = "Each metric minus the first arm's")
    record Metrics(Estimate completion, Estimate rating, Estimate variety) {}

    record ArmResult(
            Arm arm,
            int users,
            long plannedItems,
            Metrics metrics,
            @Nullable Metrics difference) {}

    /** The ratios measured: completion over settled items, rating over rated done items, groups over user-weeks. */
    enum Metric {
        COMPLETION,
        RATING,
        VARIETY;

        /** Numerator and denominator of each metric, in {@link #columns} order. */
        static long[] columns(UserTotals user) {
            return new long[] {
                user.done(), user.settled(), user.ratingSum(), user.ratingCount(), user.groups(), user.weeks()
            };
        }
    }

    static List<ArmResult> of(String experimentId, List<Arm> arms, List<UserTotals> users) {
        List<Replicated> replicated = arms.stream()
                .map(arm -> Replicated.of(
                        users.stream()
                                .filter(user -> user.arm().equals(arm.name()))
                                .toList(),
                        seed(experimentId, arm.name())))
                .toList();
        Replicated first = replicated.getFirst();
        return java.util.stream.IntStream.range(0, arms.size())
                .mapToObj(i -> {
                    Replicated arm = replicated.get(i);
                    return new ArmResult(
                            arms.get(i),
                            arm.users().size(),
                            arm.users().stream().mapToLong(UserTotals::planned).sum(),
                            metrics(metric -> arm.estimate(metric)),
                            i == 0 ? null : metrics(metric -> arm.difference(first, metric)));
                })
                .toList();
    }

    private static Metrics metrics(java.util.function.Function<Metric, Estimate> estimate) {
        return new Metrics(
                estimate.apply(Metric.COMPLETION), estimate.apply(Metric.RATING), estimate.apply(Metric.VARIETY));
    }

    /** An arm's users, each metric's value over all of them, and its value in each replicate (NaN: 0 ÷ 0). */
    private record Replicated(List<UserTotals> users, double[] values, double[][] replicates) {

        static Replicated of(List<UserTotals> users, long seed) {
            long[][] columns = users.stream().map(Metric::columns).toArray(long[][]::new);
            int metrics = Metric.values().length;
            double[] values = ratios(sums(columns, null));
            double[][] replicates = new double[metrics][REPLICATES];
            SplittableRandom random = new SplittableRandom(seed);
            for (int b = 0; b < REPLICATES; b++) {
                double[] replicate = ratios(sums(columns, random));
                for (int m = 0; m < metrics; m++) {
                    replicates[m][b] = replicate[m];
                }
            }
            return new Replicated(users, values, replicates);
        }

        Estimate estimate(Metric metric) {
            return interval(values[metric.ordinal()], replicates[metric.ordinal()]);
        }

        Estimate difference(Replicated first, Metric metric) {
            int m = metric.ordinal();
            double[] differences = new double[REPLICATES];
            for (int b = 0; b < REPLICATES; b++) {
                differences[b] = replicates[m][b] - first.replicates[m][b];
            }
            return interval(values[m] - first.values[m], differences);
        }
    }

    /** The columns' sums over every user, or over as many users drawn with replacement ({@code draws} given). */
    private static long[] sums(long[][] users, @Nullable SplittableRandom draws) {
        long[] sums = new long[2 * Metric.values().length];
        for (int j = 0; j < users.length; j++) {
            long[] user = users[draws == null ? j : draws.nextInt(users.length)];
            for (int c = 0; c < sums.length; c++) {
                sums[c] += user[c];
            }
        }
        return sums;
    }

    private static double[] ratios(long[] sums) {
        double[] ratios = new double[sums.length / 2];
        for (int m = 0; m < ratios.length; m++) {
            ratios[m] = sums[2 * m + 1] == 0 ? Double.NaN : (double) sums[2 * m] / sums[2 * m + 1];
        }
        return ratios;
    }

    /** The 2.5th and 97.5th percentiles of the replicates that could be measured. */
    static Estimate interval(double value, double[] replicates) {
        if (Double.isNaN(value)) {
            return Estimate.NONE;
        }
        double[] measured =
                Arrays.stream(replicates).filter(r -> !Double.isNaN(r)).sorted().toArray();
        if (measured.length == 0) {
            return new Estimate(value, null, null);
        }
        int last = measured.length - 1;
        return new Estimate(value, measured[(int) Math.floor(0.025 * last)], measured[(int) Math.ceil(0.975 * last)]);
    }

    static long seed(String experimentId, String arm) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("bootstrap\u0000" + experimentId + '\u0000' + arm).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
