package io.tailor.estimation;

import io.tailor.selection.AdaptivePolicy;
import io.tailor.selection.LibraryPolicy;
import io.tailor.selection.ServingPolicy;
import io.tailor.selection.StaticPolicy;
import io.tailor.selection.ThompsonPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every policy {@code evaluate} knows, by name, in the order reports list them: the one place where a
 * strategy becomes evaluable. The strategies are the service's own policies as they serve, with the
 * default exploration floor (the static plan without one, as the app before dynamic plans). {@code logging} replays the log's own probabilities, a check on the log and
 * on the estimators: its importance weights are all 1, so its IPS is the logged mean reward.
 */
public final class TargetPolicies {

    public static final TargetPolicy LOGGING = new TargetPolicy() {
        @Override
        public String name() {
            return "logging";
        }

        @Override
        public double[] probabilities(DecisionLine line) {
            return line.candidateProbabilities();
        }
    };

    /**
     * Thompson's probabilities in an evaluation: the frequency over this many replays is an unbiased estimate
     * of each probability, so the estimators stay unbiased, at a cost a million-line log can afford.
     */
    static final int THOMPSON_REPLAYS = 32;

    private TargetPolicies() {}

    public static Map<String, TargetPolicy> all() {
        Map<String, TargetPolicy> policies = new LinkedHashMap<>();
        register(policies, new StrategyPolicy(new StaticPolicy(), 0));
        register(policies, new StrategyPolicy(new LibraryPolicy(), ServingPolicy.DEFAULT_FLOOR));
        register(policies, new StrategyPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR));
        register(policies, new StrategyPolicy(new ThompsonPolicy(THOMPSON_REPLAYS), ServingPolicy.DEFAULT_FLOOR));
        register(policies, LOGGING);
        return Collections.unmodifiableMap(policies);
    }

    private static void register(Map<String, TargetPolicy> policies, TargetPolicy policy) {
        policies.put(policy.name(), policy);
    }
}
