package io.tailor.estimation;

/** The off-policy estimators, by the names the report gives them. */
public enum Estimator {
    /** Inverse propensity scoring: the mean of w·r, unbiased when the logged probabilities are right. */
    IPS("ips"),
    /** Self-normalized IPS: Σ w·r / Σ w, slightly biased, much steadier when weights are uneven. */
    SNIPS("snips"),
    /** Doubly robust: the reward model's prediction under the policy, corrected by IPS on its error. */
    DR("dr");

    private final String value;

    Estimator(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
