package io.tailor.estimation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every policy {@code evaluate} knows, by name, in the order reports list them: the one place where a
 * strategy becomes evaluable. {@code logging} replays the log's own probabilities, a check on the log and
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

    private TargetPolicies() {}

    public static Map<String, TargetPolicy> all() {
        Map<String, TargetPolicy> policies = new LinkedHashMap<>();
        register(policies, LOGGING);
        return Collections.unmodifiableMap(policies);
    }

    private static void register(Map<String, TargetPolicy> policies, TargetPolicy policy) {
        policies.put(policy.name(), policy);
    }
}
