package io.tailor.simulation;

import io.tailor.estimation.DecisionLine;
import io.tailor.estimation.Estimate;
import io.tailor.estimation.OffPolicyEvaluation;
import io.tailor.estimation.TargetPolicies;
import io.tailor.estimation.TargetPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The off-policy evaluation checked against the truth, for one seed: the adaptive policy serves every user
 * with its exploration floor and logs each decision; every policy {@code evaluate} knows is estimated from
 * that log, and its true completion on the same logged contexts is the mean of Σ π(a)·y(a) over the
 * decisions it is estimated on, y being what each candidate would have come to that day. The truth uses
 * the very probabilities the estimators get (Thompson's replays are seeded by the line), so estimate and
 * truth differ only by the estimator's error. Users are simulated and scored in parallel, a chunk at a
 * time, and their lines reach the estimators in user order, so the numbers do not depend on the threads.
 */
final class OpeProof {

    /** The policy that logs: what the service serves by default. */
    static final Contender LOGGER = Contender.ADAPTIVE;

    private static final int CHUNK = 256;

    private OpeProof() {}

    /** One estimate of one policy on one seed's log, with the truth it estimates. */
    record Row(long seed, Estimate estimate, double truth) {

        boolean covered() {
            return estimate.ciLow() <= truth && truth <= estimate.ciHigh();
        }

        double error() {
            return estimate.value() - truth;
        }
    }

    static List<Row> run(World world, int users, int weeks, Runnable userDone) {
        List<TargetPolicy> targets = List.copyOf(TargetPolicies.all().values());
        Tally tally = new Tally(targets, world.seed());
        for (int from = 0; from < users; from += CHUNK) {
            IntStream.range(from, Math.min(users, from + CHUNK))
                    .parallel()
                    .mapToObj(index -> {
                        List<Scored> scored = score(world, index, weeks, targets);
                        userDone.run();
                        return scored;
                    })
                    .toList()
                    .forEach(user -> user.forEach(tally::add));
        }
        return tally.rows(world.seed());
    }

    /** One user's logged decisions, each with every target's probabilities and truth (NaN where unsupported). */
    static List<Scored> score(World world, int index, int weeks, List<TargetPolicy> targets) {
        SimulatedUser user = SimulatedUser.create(world, index);
        List<Scored> scored = new ArrayList<>();
        UserJourney.logged(user, LOGGER, world, Evaluation.days(world, index, weeks), choice -> {
            double[][] probabilities = new double[targets.size()][];
            double[] truths = new double[targets.size()];
            for (int k = 0; k < targets.size(); k++) {
                probabilities[k] = targets.get(k).probabilities(choice.line());
                truths[k] = supported(probabilities[k]) ? choice.truth(probabilities[k]) : Double.NaN;
            }
            scored.add(new Scored(choice.line(), probabilities, truths));
        });
        return scored;
    }

    /** As {@code OffPolicyEvaluation} decides: a policy whose task the slot did not offer has all zeros. */
    private static boolean supported(double[] probabilities) {
        double sum = 0;
        for (double probability : probabilities) {
            sum += probability;
        }
        return sum != 0;
    }

    record Scored(DecisionLine line, double[][] probabilities, double[] truths) {}

    /** The estimators fed line by line in user order, and each policy's truth summed beside them. */
    private static final class Tally {

        private final List<Replayed> replayed;
        private final OffPolicyEvaluation evaluation;
        private final double[] truths;
        private final long[] supported;

        Tally(List<TargetPolicy> targets, long seed) {
            this.replayed =
                    targets.stream().map(target -> new Replayed(target.name())).toList();
            this.evaluation = new OffPolicyEvaluation(List.copyOf(replayed), seed);
            this.truths = new double[targets.size()];
            this.supported = new long[targets.size()];
        }

        void add(Scored scored) {
            for (int k = 0; k < replayed.size(); k++) {
                replayed.get(k).next = scored.probabilities()[k];
                if (Double.isFinite(scored.truths()[k])) {
                    truths[k] += scored.truths()[k];
                    supported[k]++;
                }
            }
            evaluation.add(scored.line());
        }

        List<Row> rows(long seed) {
            List<Row> rows = new ArrayList<>();
            for (Estimate estimate : evaluation.estimates()) {
                int k = IntStream.range(0, replayed.size())
                        .filter(index -> replayed.get(index).name().equals(estimate.policy()))
                        .findFirst()
                        .orElseThrow();
                rows.add(new Row(seed, estimate, supported[k] == 0 ? Double.NaN : truths[k] / supported[k]));
            }
            return rows;
        }
    }

    /** A target whose probabilities for the next line were computed with the line, in parallel. */
    private static final class Replayed implements TargetPolicy {

        private final String name;
        private double[] next = new double[0];

        Replayed(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public double[] probabilities(DecisionLine line) {
            return next;
        }
    }
}
