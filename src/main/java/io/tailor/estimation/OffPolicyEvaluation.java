package io.tailor.estimation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates target policies on a decision log in two streaming passes: the first fits the {@link RewardModel},
 * the second feeds every valid decision to each policy's estimators with its user's bootstrap weights.
 * Memory is the model and the tallies, whatever the log's length; the same log and seed give the same numbers.
 */
public final class OffPolicyEvaluation {

    private final RewardModel model;
    private final ClusterBootstrap bootstrap;
    private final Map<TargetPolicy, PolicyTally> tallies = new LinkedHashMap<>();

    OffPolicyEvaluation(List<TargetPolicy> policies, RewardModel model, long seed) {
        this.model = model;
        this.bootstrap = new ClusterBootstrap(seed);
        policies.forEach(policy -> tallies.put(policy, new PolicyTally(policy.name(), ClusterBootstrap.REPLICATES)));
    }

    /** Opens the log anew for each pass. */
    @FunctionalInterface
    public interface LogSource {
        InputStream open() throws IOException;
    }

    /** The estimates and how the log was read: the second pass's counts, the same as the first's. */
    public record Report(List<Estimate> estimates, DecisionLog log) {}

    public static Report run(LogSource source, List<TargetPolicy> policies, long seed, @Nullable String libraryVersion)
            throws IOException {
        DecisionLog fitting = new DecisionLog(libraryVersion);
        RewardModel.Fitter fitter = new RewardModel.Fitter();
        try (InputStream in = source.open()) {
            fitting.read(in, fitter::add);
        }
        OffPolicyEvaluation evaluation = new OffPolicyEvaluation(policies, fitter.fit(), seed);
        DecisionLog estimating = new DecisionLog(fitting.libraryVersion());
        try (InputStream in = source.open()) {
            estimating.read(in, evaluation::add);
        }
        return new Report(evaluation.estimates(), estimating);
    }

    void add(DecisionLine line) {
        double[] predicted = model.predict(line);
        int[] weights = bootstrap.weights(line.context().userId());
        int candidates = line.context().candidates().size();
        tallies.forEach((policy, tally) -> {
            double[] target = policy.probabilities(line);
            if (target.length != candidates) {
                throw new IllegalStateException(
                        policy.name() + " gave " + target.length + " probabilities for " + candidates + " candidates");
            }
            tally.add(
                    new Observation(line.chosenIndex(), line.chosenProbability(), line.reward(), target, predicted),
                    weights);
        });
    }

    List<Estimate> estimates() {
        List<Estimate> estimates = new ArrayList<>();
        tallies.values().forEach(tally -> estimates.addAll(tally.estimates()));
        return estimates;
    }
}
