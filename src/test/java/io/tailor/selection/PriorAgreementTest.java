package io.tailor.selection;

import static io.tailor.selection.Fixtures.library;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.stats;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.TaskStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user whose outcomes run against their cohort's is planned without pooled priors (issue 18, point 1:
 * unusual tastes must not end lower with pooling). The cohort here does task i with a rate rising with i;
 * the user reports on the first {@code tried} tasks, two outcomes each.
 */
class PriorAgreementTest {

    private static final List<Task> LIBRARY = library(10);

    @Test
    void aUserWhoDoesWhatTheirCohortDoesKeepsThePriors() {
        SelectionRequest request = requestFor(8, true);

        assertThat(PriorAgreement.disagrees(request)).isFalse();
        assertThat(PriorAgreement.apply(request).priors()).isSameAs(request.priors());
    }

    @Test
    void aUserWhoDoesTheOppositeIsPlannedFromTheLibrarysFit() {
        SelectionRequest request = requestFor(8, false);

        assertThat(PriorAgreement.disagrees(request)).isTrue();
        assertThat(PriorAgreement.apply(request).priors()).isSameAs(PooledPriors.NONE);
        // what adaptive serves, and logs: no candidate carries a pooled prior
        Decision decision = new ServingPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR)
                .decide(Category.MOVEMENT, request)
                .orElseThrow();
        assertThat(decision.slot().candidates())
                .allSatisfy(candidate -> assertThat(candidate.pooled()).isNull());
    }

    @Test
    void tooFewTriedTasksSayNothingYet() {
        SelectionRequest request = requestFor(PriorAgreement.MIN_TASKS - 1, false);

        assertThat(PriorAgreement.disagrees(request)).isFalse();
        Decision decision = new ServingPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR)
                .decide(Category.MOVEMENT, request)
                .orElseThrow();
        assertThat(decision.slot().candidates())
                .anySatisfy(candidate -> assertThat(candidate.pooled()).isNotNull());
    }

    /** The cohort does task i at (i + 1) / 10; the user does the popular half of what they tried, or the other. */
    private static SelectionRequest requestFor(int tried, boolean agrees) {
        List<PooledPriors.Cell> cells = new ArrayList<>();
        Map<String, TaskStats> tasks = new HashMap<>();
        for (int i = 0; i < LIBRARY.size(); i++) {
            String id = LIBRARY.get(i).id();
            cells.add(new PooledPriors.Cell(
                    id, null, null, new TaskPrior(TaskPrior.Cohort.EVERYONE, 30, 100, 10 * (i + 1), 0, 0)));
            if (i < tried) {
                boolean popular = i >= tried / 2;
                tasks.put(id, popular == agrees ? stats(0, 0) : stats(-1, -1));
            }
        }
        SelectionRequest request =
                request(profile("u", LearningPhase.DISCOVERY, tasks), LIBRARY).withPriors(PooledPriors.of(cells, 20));
        assertThat(request.priors().size()).isEqualTo(LIBRARY.size());
        return request;
    }
}
