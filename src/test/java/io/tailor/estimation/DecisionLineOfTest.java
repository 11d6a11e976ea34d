package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailor.estimation.DecisionLine.Outcome;
import io.tailor.library.Archetype;
import io.tailor.library.BundledLibrary;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.Totals;
import io.tailor.selection.AdaptivePolicy;
import io.tailor.selection.Decision;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.SelectionRequest;
import io.tailor.selection.ServingPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionLineOfTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 12);
    private static final Instant PLAN_TIME = DATE.atStartOfDay(ZoneOffset.UTC).toInstant();

    @Test
    void aServedDecisionBecomesTheLineTheServiceWouldLogWithTheChosenCandidateFirst() throws IOException {
        List<Decision> decisions = new ServingPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR)
                .decide(Category.DAILY_DEFAULT, request());

        for (Decision decision : decisions) {
            DecisionLine line = DecisionLine.of(decision, situation(), Outcome.DONE, 4);

            assertThat(line.chosenIndex()).isEqualTo(decision.chosen());
            assertThat(line.chosenProbability()).isEqualTo(decision.propensity());
            assertThat(line.candidateProbabilities()).containsExactly(decision.probabilities());
            assertThat(line.context().candidates())
                    .extracting(CandidateFeatures::id)
                    .containsExactlyElementsOf(
                            decision.tasks().stream().map(Task::id).toList());
            assertThat(line.chosen().fit())
                    .isEqualTo(decision.slot().candidate(decision.chosen()).fit());
            assertThat(line.context().category())
                    .isEqualTo(decision.selection().task().category().value());
            assertThat(line.context())
                    .extracting(DecisionLine.Context::phase, DecisionLine.Context::dayOfWeek)
                    .containsExactly("discovery", "thursday");
            assertThat(line.policy()).isEqualTo("adaptive/" + decision.version());
            assertThat(readBack(line)).isEqualTo(line);
        }
    }

    /**
     * adaptive/3 weighs difficulty and length by the user's mode and completion rate: the line carries both and
     * each candidate's difficulty, so a replay from the log gives the served probabilities exactly.
     */
    @Test
    void evaluateReplaysTheServedProbabilitiesOnALowEnergyDayAndForAUserSteppedUp() throws IOException {
        Totals completes = new Totals(40, 32, 8, PLAN_TIME.minus(Duration.ofDays(30)), PLAN_TIME.minusSeconds(60));
        for (EnergyMode mode : EnergyMode.values()) {
            SelectionRequest request = request(LearningPhase.MASTERY, completes, mode);
            for (Decision decision : new ServingPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR)
                    .decide(Category.DAILY_DEFAULT, request)) {
                DecisionLine line = readBack(DecisionLine.of(
                        decision,
                        new DecisionSituation("item-1", PLAN_TIME, "u1", Archetype.values()[0], mode, DATE, 30, "v1"),
                        Outcome.DONE,
                        null));

                assertThat(line.context().completionRate()).isEqualTo(0.8);
                assertThat(line.context().candidates())
                        .extracting(CandidateFeatures::difficulty)
                        .containsExactlyElementsOf(
                                decision.tasks().stream().map(Task::difficulty).toList());
                assertThat(new StrategyPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR).probabilities(line))
                        .containsExactly(decision.probabilities(), within(1e-12));
            }
        }
    }

    @Test
    void theLoggedLineReplaysToTheServedProbabilitiesWithTheDiscoveryGoalItCarries() throws IOException {
        // one task tried in each category, well liked: discovery steers each category toward new ones
        PreferenceProfile profile = request().profile();
        List<Task> library = request().library();
        for (Category category : Category.DAILY_DEFAULT) {
            Task first = library.stream()
                    .filter(task -> task.category() == category)
                    .findFirst()
                    .orElseThrow();
            profile = profile.learn(
                    Optional.of(first.id()),
                    category,
                    new io.tailor.profile.Outcome(true, 4, PLAN_TIME.minus(Duration.ofDays(1))));
        }
        SelectionRequest request = withProfile(profile);
        StrategyPolicy replay = new StrategyPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR);

        for (Decision decision : new ServingPolicy(new AdaptivePolicy(), ServingPolicy.DEFAULT_FLOOR)
                .decide(Category.DAILY_DEFAULT, request)) {
            DecisionLine line = readBack(DecisionLine.of(decision, situation(), Outcome.DONE, null));

            assertThat(line.context().categoryTried()).isEqualTo(1);
            assertThat(replay.probabilities(line)).containsExactly(line.candidateProbabilities(), within(1e-12));
            // without the count, the replay is the unsteered 80% and misses what was served
            DecisionLine.Context c = line.context();
            DecisionLine uncounted = new DecisionLine(
                    line.eventId(),
                    line.timestamp(),
                    line.actions(),
                    line.probabilities(),
                    new DecisionLine.Context(
                            c.userId(),
                            c.category(),
                            c.timeBlock(),
                            c.phase(),
                            c.archetype(),
                            c.mode(),
                            c.dayOfWeek(),
                            c.daysSinceFirstFeedback(),
                            c.completionRate(),
                            c.libraryVersion(),
                            c.unrotatedBest(),
                            null,
                            c.candidates(),
                            c.daysMissed()),
                    line.policy(),
                    line.pool(),
                    line.probabilityKind(),
                    line.outcome(),
                    line.rating(),
                    line.experiment());
            assertThat(replay.probabilities(uncounted)).isNotEqualTo(line.candidateProbabilities());
        }
    }

    private static DecisionLine readBack(DecisionLine line) throws IOException {
        StringWriter log = new StringWriter();
        DecisionLineWriter.writeLine(line, log);
        List<DecisionLine> read = new ArrayList<>();
        new DecisionLog(null)
                .read(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), read::add);
        return read.getFirst();
    }

    private static DecisionSituation situation() {
        return new DecisionSituation(
                "item-1", PLAN_TIME, "u1", Archetype.values()[0], EnergyMode.values()[0], DATE, null, "v1");
    }

    private static SelectionRequest request() {
        return request(LearningPhase.DISCOVERY, Totals.NONE, EnergyMode.values()[0]);
    }

    private static SelectionRequest request(LearningPhase phase, Totals totals, EnergyMode mode) {
        return withProfile(
                PreferenceProfile.empty(new ProfileHeader("u1", ZoneOffset.UTC, phase, PLAN_TIME, null, 0, totals)),
                mode);
    }

    private static SelectionRequest withProfile(PreferenceProfile profile) {
        return withProfile(profile, EnergyMode.values()[0]);
    }

    private static SelectionRequest withProfile(PreferenceProfile profile, EnergyMode mode) {
        return new SelectionRequest(
                profile,
                Archetype.values()[0],
                mode,
                DATE,
                PLAN_TIME,
                BundledLibrary.load("v1"),
                Map.of(),
                Duration.ofHours(48),
                "v1",
                PooledPriors.NONE,
                null);
    }
}
