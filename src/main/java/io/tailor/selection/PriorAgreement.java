package io.tailor.selection;

import io.tailor.library.Task;
import io.tailor.profile.TaskStats;
import java.util.Optional;

/**
 * Whether a user's own outcomes go the way their cohort's do. Pooled priors rank the tasks a user has not
 * tried by what people like them did; for a user whose tastes run against their cohort's that ranking
 * misleads, most of all in novelty, which draws only untried tasks. Over the tasks the user has tried that
 * have a prior (at least {@value #MIN_TASKS}, each with a whole outcome's weight), the correlation of the
 * user's mean outcome with the cohort's; a user at or below {@value #MIN_CORRELATION} is planned without
 * pooled priors, from the library's fit as before pooling. Computed from the profile's per-task rows and
 * the priors in memory: it costs the library's size, whatever the history.
 */
final class PriorAgreement {

    static final int MIN_TASKS = 6;
    static final double MIN_CORRELATION = 0.2;

    private PriorAgreement() {}

    /** The request as the user's agreement allows: unchanged, or without pooled priors. */
    static SelectionRequest apply(SelectionRequest request) {
        return disagrees(request) ? request.withPriors(PooledPriors.NONE) : request;
    }

    static boolean disagrees(SelectionRequest request) {
        if (request.priors().size() == 0) {
            return false;
        }
        int n = 0;
        double sumOwn = 0;
        double sumCohort = 0;
        double sumOwnSquared = 0;
        double sumCohortSquared = 0;
        double sumProduct = 0;
        for (Task task : request.library()) {
            TaskStats stats = request.profile().task(task.id());
            if (!stats.isTried() || stats.affinity().weightAt(request.planTime()) < 1) {
                continue;
            }
            Optional<TaskPrior> prior = request.prior(task.id());
            if (prior.isEmpty()) {
                continue;
            }
            double own = stats.affinity().value();
            double cohort = prior.get().mean();
            n++;
            sumOwn += own;
            sumCohort += cohort;
            sumOwnSquared += own * own;
            sumCohortSquared += cohort * cohort;
            sumProduct += own * cohort;
        }
        if (n < MIN_TASKS) {
            return false;
        }
        double covariance = sumProduct - sumOwn * sumCohort / n;
        double ownSpread = sumOwnSquared - sumOwn * sumOwn / n;
        double cohortSpread = sumCohortSquared - sumCohort * sumCohort / n;
        if (ownSpread <= 1e-12 || cohortSpread <= 1e-12) {
            return false;
        }
        return covariance / Math.sqrt(ownSpread * cohortSpread) <= MIN_CORRELATION;
    }
}
