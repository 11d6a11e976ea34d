package io.tailor.estimation;

/**
 * What one estimator says of one policy: the estimated mean reward (the completion rate), its 95%
 * bootstrap interval, the decisions it rests on, and the effective sample size of the policy's weights.
 */
public record Estimate(
        String policy, Estimator estimator, double value, double ciLow, double ciHigh, long decisions, double ess) {}
