package io.tailor.selection;

import static io.tailor.selection.Fixtures.DAY;
import static io.tailor.selection.Fixtures.profile;
import static io.tailor.selection.Fixtures.request;
import static io.tailor.selection.Fixtures.stats;
import static io.tailor.selection.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.TaskStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task disliked only for three skips running lapses four weeks after the last one: the adaptive
 * selector may then plan it again, as exploration and saying so, but not within a week of the last time
 * its group was planned. A low mean rating keeps it out for good. Skips are a week before {@link
 * Fixtures#DAY}, so the lapse comes three weeks and three hours after it.
 */
class ProbationTest {

    private static final int DAYS = 200;

    private final ServingPolicy selector = new ServingPolicy(new AdaptivePolicy(), 0);
    private final List<Task> library = List.of(task("skipped", 0.8), task("other-1", 0.8), task("other-2", 0.8));

    @Test
    void aSkipDislikeIsNeverPlannedBeforeItLapsesAndThenComesBackAsExploration() {
        PreferenceProfile profile = profile("p", LearningPhase.ESTABLISHMENT, Map.of("skipped", stats(-1, -1, -1)));
        LocalDate lapse = DAY.plusDays(22);
        assertThat(picks(profile, DAY, lapse.minusDays(1), Map.of())).isZero();
        int picked = 0;
        for (int day = 0; day < DAYS; day++) {
            Selection selection = select(profile, lapse.plusDays(day), Map.of());
            if (selection.task().id().equals("skipped")) {
                picked++;
                assertThat(selection.pool()).isEqualTo(Selection.Pool.EXPLORE);
                assertThat(selection.reason())
                        .isEqualTo("Another try, as exploration: skipped 3 times running, the last over 28 days ago"
                                + " (offered at most once a week)");
            }
        }
        assertThat(picked).isGreaterThan(DAYS / 20);
    }

    @Test
    void aTaskOnProbationComesBackAtMostOnceAWeek() {
        PreferenceProfile profile = profile("w", LearningPhase.ESTABLISHMENT, Map.of("skipped", stats(-1, -1, -1)));
        LocalDate date = DAY.plusDays(40);
        Instant planTime = date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Map<String, Instant> sixDaysAgo =
                Map.of("skipped", planTime.minus(TaskStats.PROBATION_INTERVAL).plusSeconds(1));
        Map<String, Instant> aWeekAgo = Map.of("skipped", planTime.minus(TaskStats.PROBATION_INTERVAL));
        assertThat(picks(profile, date, date, sixDaysAgo)).isZero();
        assertThat(picksOverSeeds(profile, date, sixDaysAgo)).isZero();
        assertThat(picksOverSeeds(profile, date, aWeekAgo)).isPositive();
    }

    @Test
    void aLowMeanRatingKeepsATaskOutForGood() {
        PreferenceProfile profile = profile("r", LearningPhase.ESTABLISHMENT, Map.of("skipped", stats(1, -1, -1, -1)));
        assertThat(picks(profile, DAY.plusDays(60), DAY.plusDays(60 + DAYS), Map.of()))
                .isZero();
    }

    private int picks(PreferenceProfile profile, LocalDate from, LocalDate to, Map<String, Instant> used) {
        int picked = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            picked += select(profile, date, used).task().id().equals("skipped") ? 1 : 0;
        }
        return picked;
    }

    /** The same day for many users: the seed varies with the user id. */
    private int picksOverSeeds(PreferenceProfile profile, LocalDate date, Map<String, Instant> used) {
        int picked = 0;
        for (int user = 0; user < DAYS; user++) {
            PreferenceProfile other = new PreferenceProfile(
                    new io.tailor.profile.ProfileHeader(
                            "user-" + user,
                            profile.header().timezone(),
                            profile.header().phase(),
                            profile.header().phaseStartedAt(),
                            null,
                            0,
                            profile.header().totals()),
                    profile.categories(),
                    profile.tasks());
            picked += select(other, date, used).task().id().equals("skipped") ? 1 : 0;
        }
        return picked;
    }

    private Selection select(PreferenceProfile profile, LocalDate date, Map<String, Instant> used) {
        return selector.select(Category.MOVEMENT, request(profile, library, date, used))
                .orElseThrow();
    }
}
