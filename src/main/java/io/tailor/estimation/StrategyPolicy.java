package io.tailor.estimation;

import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.profile.LearningPhase;
import io.tailor.selection.Policy;
import io.tailor.selection.Slot;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One of Tailor's strategies as a policy to evaluate: the slot a line logged, rebuilt from its context and
 * candidates, given to the very {@link Policy} the service serves with, with its exploration floor (the
 * static plan, the app before dynamic plans, had none). An inexact policy's replays are seeded by the line,
 * so the same log gives the same estimates.
 */
final class StrategyPolicy implements TargetPolicy {

    private final Policy policy;
    private final double floor;

    StrategyPolicy(Policy policy, double floor) {
        this.policy = policy;
        this.floor = floor;
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public double[] probabilities(DecisionLine line) {
        double[] probabilities = policy.probabilities(slot(line), replays(line));
        double sum = 0;
        for (double probability : probabilities) {
            sum += probability;
        }
        if (sum == 0) {
            // the policy's task is not among the logged candidates: nothing the log can say about it
            return probabilities;
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = (1 - floor) * probabilities[i] + floor / probabilities.length;
        }
        return probabilities;
    }

    static Slot slot(DecisionLine line) {
        return new Slot(
                Named.parse(LearningPhase.class, "phase", line.context().phase()),
                line.context().candidates().stream()
                        .map(CandidateFeatures::candidate)
                        .toList(),
                line.context().unrotatedBest(),
                line.context().categoryTried(),
                line.context().daysMissed(),
                Named.parse(EnergyMode.class, "mode", line.context().mode()),
                line.context().completionRate());
    }

    private static SplittableRandom replays(DecisionLine line) {
        long seed = 1125899906842597L;
        for (byte b : line.eventId().getBytes(StandardCharsets.UTF_8)) {
            seed = 31 * seed + b;
        }
        return new SplittableRandom(seed);
    }
}
