package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.TaskScoring.ScoredTask;
import io.tailor.profile.Evidence;
import java.util.Comparator;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Thompson sampling over the same open tasks as the adaptive selector (fitting, outside the rotation
 * window, not disliked while others remain): each task's chance of going well is a Beta posterior,
 * one plausible chance per task is drawn from the seeded source, and the highest draw wins. No fixed
 * exploration share: a task is tried about as often as it could still be the best.
 *
 * <p>The prior is {@value #PRIOR_STRENGTH} pseudo-outcomes centred on the library score (archetype and
 * mode fit), so an untried task starts where the library puts it and a few real outcomes outweigh it.
 * The evidence is the task's learned affinity ({@link Evidence}: completions, skips and ratings, with
 * weights halving every two weeks), read as pseudo-outcomes: weight w with mean v adds v·w successes
 * and (1 − v)·w failures. Old outcomes fade, so the posterior widens again and a task whose appeal has
 * worn off (or grown) is noticed.
 */
public final class ThompsonSelector implements SelectionStrategy {

    static final double PRIOR_STRENGTH = 2;
    static final double PRIOR_MEAN_FLOOR = 0.05;
    static final double PRIOR_MEAN_CEILING = 0.95;

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        Candidates.Open open = Candidates.open(category, request);
        if (open.tasks().isEmpty()) {
            return Optional.empty();
        }
        ScoredTask pick = highestDraw(open, category, request);
        ScoredTask likeliest = open.tasks().stream()
                .max(Comparator.comparingDouble(
                        scored -> posterior(scored, request).mean()))
                .orElseThrow();
        return Optional.of(new Selection(
                pick.task(),
                Reasons.learned(pick.task(), request, open.exhausted()),
                pick.equals(likeliest) ? Selection.Pool.PREFERRED : Selection.Pool.EXPLORATION));
    }

    /** One draw per task from its posterior, in the open list's stable order; the highest wins. */
    private static ScoredTask highestDraw(Candidates.Open open, Category category, SelectionRequest request) {
        SplittableRandom random =
                SeededDraws.forDraw(request.userId(), request.date(), category, request.libraryVersion());
        ScoredTask pick = open.tasks().get(0);
        double best = Double.NEGATIVE_INFINITY;
        for (ScoredTask scored : open.tasks()) {
            Posterior posterior = posterior(scored, request);
            double draw = BetaDraws.beta(random, posterior.successes(), posterior.failures());
            if (draw > best) {
                best = draw;
                pick = scored;
            }
        }
        return pick;
    }

    static Posterior posterior(ScoredTask scored, SelectionRequest request) {
        Evidence evidence = request.profile().task(scored.task().id()).affinity();
        double priorMean = Math.min(Math.max(scored.score(), PRIOR_MEAN_FLOOR), PRIOR_MEAN_CEILING);
        double weight = evidence.weightAt(request.planTime());
        return new Posterior(
                PRIOR_STRENGTH * priorMean + evidence.value() * weight,
                PRIOR_STRENGTH * (1 - priorMean) + (1 - evidence.value()) * weight);
    }

    /** Beta(successes, failures): pseudo-counts from the prior plus the outcomes seen. */
    record Posterior(double successes, double failures) {

        double mean() {
            return successes / (successes + failures);
        }
    }
}
