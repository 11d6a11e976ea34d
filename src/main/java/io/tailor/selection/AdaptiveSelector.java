package io.tailor.selection;

import io.tailor.library.Category;
import io.tailor.library.TaskScoring.ScoredTask;
import io.tailor.profile.Evidence;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.TaskStats;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The spec's phase 2: per category, among the fitting tasks outside the rotation window and (while
 * others remain) not disliked, one seeded draw decides between the phase's preferred pool and
 * exploration ({@link PhaseMix}); an empty pool yields to the other. Within a pool tasks are drawn
 * with weight w^{@value #SHARPNESS}, where w is the learned affinity for a tried task and the
 * archetype/mode fit for an untried one, so a clearly loved task wins more often than a merely tried one.
 */
public final class AdaptiveSelector implements SelectionStrategy {

    static final double SHARPNESS = 3;

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        Candidates.Open open = Candidates.open(category, request);
        if (open.tasks().isEmpty()) {
            return Optional.empty();
        }
        PreferenceProfile profile = request.profile();
        PhaseMix mix = PhaseMix.of(profile.header().phase());
        List<ScoredTask> preferred = open.tasks().stream()
                .filter(scored ->
                        mix.preferred().test(profile.task(scored.task().id()))
                                && !profile.task(scored.task().id()).isOnProbation(request.planTime()))
                .toList();
        List<ScoredTask> exploration = open.tasks().stream()
                .filter(scored -> !preferred.contains(scored))
                .toList();

        SplittableRandom random =
                SeededDraws.forDraw(request.userId(), request.date(), category, request.libraryVersion());
        boolean wantsPreferred = random.nextDouble() < mix.preferredShare();
        boolean fromPreferred = wantsPreferred ? !preferred.isEmpty() : exploration.isEmpty();
        ScoredTask pick = draw(fromPreferred ? preferred : exploration, request, random);
        return Optional.of(new Selection(
                pick.task(),
                Reasons.learned(pick.task(), request, open.exhausted()),
                fromPreferred ? Selection.Pool.PREFERRED : Selection.Pool.EXPLORATION));
    }

    private static ScoredTask draw(List<ScoredTask> pool, SelectionRequest request, SplittableRandom random) {
        double[] weights =
                pool.stream().mapToDouble(scored -> weight(scored, request)).toArray();
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return pool.get(i);
            }
        }
        return pool.get(pool.size() - 1);
    }

    /**
     * A tried task's learned affinity; an untried one's fit, scaled by its affinity against the prior,
     * so the weak evidence of being planned and left not reported lowers it a little.
     */
    static double weight(ScoredTask scored, SelectionRequest request) {
        TaskStats stats = request.profile().task(scored.task().id());
        double affinity = stats.affinity().score(request.planTime());
        double base = stats.isTried() ? affinity : scored.score() * affinity / Evidence.PRIOR;
        return Math.pow(Math.max(base, 0.01), SHARPNESS);
    }
}
