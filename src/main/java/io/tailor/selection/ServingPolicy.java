package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.TaskScoring.ScoredTask;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A policy as it serves users: with probability ε (the exploration floor) a slot's choice is drawn
 * uniformly from its K eligible candidates, otherwise by the policy, so every candidate has a probability
 * of at least ε/K and any other policy can be evaluated from the log. {@link #decide} states each choice
 * as a {@link Decision} with the probabilities (1 − ε)·π + ε/K. The floor's draws and the replays that
 * estimate an inexact policy's π come from seeded streams of their own, so the policy's own draw is what
 * it was without them, and {@link #select} (which states no probabilities) costs what the draw costs.
 */
public final class ServingPolicy implements SelectionStrategy {

    /** {@code TAILOR_EXPLORATION_FLOOR}'s default. */
    public static final double DEFAULT_FLOOR = 0.05;

    private final Policy policy;
    private final double floor;

    public ServingPolicy(Policy policy, double floor) {
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("the exploration floor must be between 0 and 1, got " + floor);
        }
        this.policy = policy;
        this.floor = floor;
    }

    public Policy policy() {
        return policy;
    }

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        return choose(category, request).map(Choice::selection);
    }

    /** A day's plan as decisions: one per category, in the order given. */
    public List<Decision> decide(List<Category> categories, SelectionRequest request) {
        return categories.stream()
                .map(category -> decide(category, request)
                        .orElseThrow(() -> new IllegalStateException("no active " + category.value() + " task")))
                .toList();
    }

    public Optional<Decision> decide(Category category, SelectionRequest request) {
        return choose(category, request).map(choice -> {
            double[] probabilities = withFloor(
                    policy.probabilities(choice.built().slot(), SeededDraws.forDraw(request, category, "replays")),
                    floor);
            return new Decision(
                    choice.selection(),
                    choice.built().slot(),
                    choice.built().tasks().stream().map(ScoredTask::task).toList(),
                    choice.index(),
                    probabilities,
                    policy.exact(),
                    policy.name(),
                    policy.version());
        });
    }

    private Optional<Choice> choose(Category category, SelectionRequest asked) {
        // pooled priors are learning across users: a policy that does not learn plans as it did without them,
        // and a user whose outcomes run against their cohort's is planned without them too
        SelectionRequest request = policy.learns() ? PriorAgreement.apply(asked) : asked.withPriors(PooledPriors.NONE);
        Slots.Built built = Slots.of(category, request, policy.rotates());
        Slot slot = built.slot();
        if (slot.size() == 0) {
            return Optional.empty();
        }
        SplittableRandom floorDraws = SeededDraws.forDraw(request, category, "floor");
        boolean floorDraw = floorDraws.nextDouble() < floor;
        int index = floorDraw
                ? floorDraws.nextInt(slot.size())
                : policy.draw(slot, SeededDraws.forDraw(request, category, ""));
        ScoredTask chosen = built.tasks().get(index);
        Selection selection = new Selection(
                chosen.task(),
                Reasons.of(policy, floorDraw, chosen, slot.size(), request, built.exhausted()),
                floorDraw ? Selection.Pool.EXPLORE : policy.pool(slot, index));
        return Optional.of(new Choice(built, index, selection));
    }

    /** The serving probabilities: the policy's, with the floor's share spread evenly over the candidates. */
    static double[] withFloor(double[] policyProbabilities, double floor) {
        double[] probabilities = new double[policyProbabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = (1 - floor) * policyProbabilities[i] + floor / probabilities.length;
        }
        return probabilities;
    }

    private record Choice(Slots.Built built, int index, Selection selection) {}
}
