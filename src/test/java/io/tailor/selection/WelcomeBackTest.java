package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.library.EnergyMode;
import io.tailor.profile.LearningPhase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A welcome back (issue 18, point 7): the days missed are whole days in the user's zone, and a return day's
 * draws lean on proven and shorter tasks, with exact probabilities and reasons that say so only when true.
 */
class WelcomeBackTest {

    private static final AdaptivePolicy ADAPTIVE = new AdaptivePolicy();
    private static final LocalDate PLAN_DAY = LocalDate.parse("2026-03-12");

    @Test
    void reportingYesterdayMissesNothingAndEachDayBetweenIsOneMissed() {
        assertThat(missed("2026-03-11T20:00:00Z", ZoneOffset.UTC)).isZero();
        assertThat(missed("2026-03-10T08:00:00Z", ZoneOffset.UTC)).isEqualTo(1);
        assertThat(missed("2026-03-05T08:00:00Z", ZoneOffset.UTC)).isEqualTo(6);
        assertThat(missed("2026-03-12T07:00:00Z", ZoneOffset.UTC))
                .as("reported on the plan's day")
                .isZero();
        assertThat(missed("2026-03-20T07:00:00Z", ZoneOffset.UTC))
                .as("a plan for a day before the last report")
                .isZero();
    }

    @Test
    void aUserWhoNeverReportedIsNewNotReturning() {
        assertThat(WelcomeBack.daysMissed(null, ZoneOffset.UTC, PLAN_DAY)).isNull();
    }

    @Test
    void theDaysAreCountedInTheUsersZone() {
        // 23:30 UTC on the 10th is already the 11th in Berlin: yesterday there, the day before in UTC
        assertThat(missed("2026-03-10T23:30:00Z", ZoneId.of("Europe/Berlin"))).isZero();
        assertThat(missed("2026-03-10T23:30:00Z", ZoneOffset.UTC)).isEqualTo(1);
        // 03:00 UTC on the 11th is still the 10th in New York
        assertThat(missed("2026-03-11T03:00:00Z", ZoneId.of("America/New_York")))
                .isEqualTo(1);
        assertThat(missed("2026-03-11T03:00:00Z", ZoneOffset.UTC)).isZero();
    }

    @Test
    void aReturnDayLeansOnProvenAndShorterTasksAndCutsNovelty() {
        List<Candidate> candidates = List.of(proven("proven-long", 40), proven("proven-short", 10), untried("new", 10));

        double[] ordinary = ADAPTIVE.probabilities(slot(candidates, 0), new SplittableRandom(1));
        double[] back = ADAPTIVE.probabilities(slot(candidates, 2), new SplittableRandom(1));

        // mastery: 85% proven, evenly as they weigh alike; 15% new
        assertThat(ordinary).containsExactly(new double[] {0.425, 0.425, 0.15}, within(1e-12));
        // back: novelty a quarter of 15%; the long one weighs (10/40)^0.5 = 1/2 of the short one
        double exploit = 1 - 0.15 * WelcomeBack.NOVELTY_SCALE;
        assertThat(back).containsExactly(new double[] {exploit / 3, exploit * 2 / 3, 0.0375}, within(1e-12));
    }

    @Test
    void aProvenTaskWeighsDoubleAgainstATriedOneOfTheSameLengthOnlyOnAReturnDay() {
        List<Candidate> candidates = List.of(tried("tried", 10), proven("proven", 10));
        Slot discovery = new Slot(LearningPhase.DISCOVERY, candidates, "tried", null, 3, EnergyMode.MEDIUM, null);

        double[] back = ADAPTIVE.probabilities(discovery, new SplittableRandom(1));
        double[] ordinary = ADAPTIVE.probabilities(
                new Slot(LearningPhase.DISCOVERY, candidates, "tried", null, null, EnergyMode.MEDIUM, null),
                new SplittableRandom(1));

        assertThat(back[1] / back[0]).isGreaterThan(2 * ordinary[1] / ordinary[0] - 1e-9);
        assertThat(ordinary[1]).isLessThan(back[1]);
    }

    @Test
    void theReasonSaysWhatTheReturnMadeOfTheChoiceAndNothingUntrue() {
        Slot slot = slot(List.of(proven("proven-long", 60), proven("proven-short", 10), untried("new", 45)), 2);

        assertThat(WelcomeBack.explain("Proven for you", slot, 1))
                .isEqualTo("Proven for you. Welcome back: kept short and proven after 2 days away");
        assertThat(WelcomeBack.explain("Proven for you", slot, 0))
                .isEqualTo("Proven for you. Welcome back: kept proven after 2 days away");
        assertThat(WelcomeBack.explain("New for you", slot, 2)).isEqualTo("New for you");
        assertThat(WelcomeBack.explain("Proven for you", slot(slot.candidates(), 0), 1))
                .isEqualTo("Proven for you");
    }

    @Test
    void theMessageCountsTheDaysInWords() {
        assertThat(WelcomeBack.message(1)).startsWith("Welcome back! After a day away,");
        assertThat(WelcomeBack.message(3)).startsWith("Welcome back! After 3 days away,");
    }

    private static @Nullable Integer missed(String lastReport, ZoneId zone) {
        return WelcomeBack.daysMissed(Instant.parse(lastReport), zone, PLAN_DAY);
    }

    private static Slot slot(List<Candidate> candidates, @Nullable Integer daysMissed) {
        return new Slot(
                LearningPhase.MASTERY,
                candidates,
                candidates.getFirst().taskId(),
                null,
                daysMissed,
                EnergyMode.MEDIUM,
                null);
    }

    private static Candidate proven(String id, int minutes) {
        return new Candidate(id, 0.8, true, false, true, false, 0.8, 0.8, 5, null, 1, false, null, minutes);
    }

    private static Candidate tried(String id, int minutes) {
        return new Candidate(id, 0.8, true, false, false, false, 0.8, 0.8, 5, null, 1, false, null, minutes);
    }

    private static Candidate untried(String id, int minutes) {
        return new Candidate(id, 0.8, false, false, false, false, 0.5, 0.5, 0, null, null, false, null, minutes);
    }
}
