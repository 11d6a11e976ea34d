package io.tailor.estimation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates target policies on a decision log in one streaming pass: every valid decision goes to the
 * {@link RewardModel}'s fitter and, with its user's bootstrap weights, to each policy's estimators, which take
 * the fitted model at the end (see {@link PolicyTally}). Memory is the model and the tallies, bounded by the
 * library's size whatever the log's length; the same log and seed give the same numbers.
 */
public final class OffPolicyEvaluation {

    private final RewardModel.Fitter fitter = new RewardModel.Fitter();
    private final TaskIndex tasks = new TaskIndex();
    private final ClusterBootstrap bootstrap;
    private final Map<TargetPolicy, PolicyTally> tallies = new LinkedHashMap<>();

    /**
     * An evaluation fed line by line, for logs made in the same process (the simulator's logged runs): the
     * lines must already be valid, as {@link DecisionLog} checks them, and come in the same order for the same
     * estimates.
     */
    public OffPolicyEvaluation(List<TargetPolicy> policies, long seed) {
        this.bootstrap = new ClusterBootstrap(seed);
        policies.forEach(policy -> tallies.put(policy, new PolicyTally(policy.name(), ClusterBootstrap.REPLICATES)));
    }

    /** The estimates and how the log was read. */
    public record Report(List<Estimate> estimates, DecisionLog log) {}

    public static Report run(InputStream log, List<TargetPolicy> policies, long seed, @Nullable String libraryVersion)
            throws IOException {
        DecisionLog decisions = new DecisionLog(libraryVersion);
        OffPolicyEvaluation evaluation = new OffPolicyEvaluation(policies, seed);
        decisions.read(log, evaluation::add);
        return new Report(evaluation.estimates(), decisions);
    }

    /** Decisions handed over one at a time, e.g. a page at a time from the database; never held all at once. */
    @FunctionalInterface
    public interface DecisionSource {
        void forEach(Consumer<DecisionLine> each);
    }

    /** The same evaluation over decisions the caller reads itself: each checked as a log's line is. */
    public static Report run(
            DecisionSource source, List<TargetPolicy> policies, long seed, @Nullable String libraryVersion) {
        DecisionLog decisions = new DecisionLog(libraryVersion);
        OffPolicyEvaluation evaluation = new OffPolicyEvaluation(policies, seed);
        source.forEach(line -> decisions.offer(line, evaluation::add));
        return new Report(evaluation.estimates(), decisions);
    }

    public void add(DecisionLine line) {
        fitter.add(line);
        int[] numbers = tasks.numbers(line);
        double[] weights = bootstrap.weights(line.context().userId());
        tallies.forEach((policy, tally) -> {
            double[] target = policy.probabilities(line);
            if (target.length != numbers.length) {
                throw new IllegalStateException(policy.name() + " gave " + target.length + " probabilities for "
                        + numbers.length + " candidates");
            }
            if (Arrays.stream(target).sum() == 0) {
                // the policy would choose a task the slot did not offer: the log cannot say how it would go,
                // so the decision is left out of this policy's estimate (its decisions count says how many remain)
                return;
            }
            tally.add(
                    new Observation(line.chosenIndex(), line.chosenProbability(), line.reward(), target, numbers),
                    weights);
        });
    }

    /** Each policy's estimates, in the order given, by IPS, SNIPS and DR. */
    public List<Estimate> estimates() {
        double[] predictions = tasks.predictions(fitter.fit());
        List<Estimate> estimates = new ArrayList<>();
        tallies.values().forEach(tally -> estimates.addAll(tally.estimates(predictions)));
        return estimates;
    }
}
