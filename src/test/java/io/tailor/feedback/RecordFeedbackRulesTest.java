package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.config.FeatureFlags;
import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.phase.PhaseCriteria;
import io.tailor.phase.PhaseRules;
import io.tailor.phase.Transition;
import io.tailor.profile.Outcome;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.ProfileStore;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.security.Role;
import io.tailor.support.IntegrationTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code record_feedback()} restates {@link PreferenceProfile#learn} and {@link PhaseRules#due} in
 * PL/pgSQL. On thousands of random feedbacks (late syncs, ratings, skips, other sources' tasks, time
 * zones with daylight saving, reports of plan items that name nothing but the item, and idempotent
 * retries that must change nothing) the rows it writes and the phases it moves through are the ones the
 * Java rules compute from the same inputs.
 */
class RecordFeedbackRulesTest extends IntegrationTest {

    private static final int USERS = 200;
    private static final int FEEDBACKS_PER_USER = 25;
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Pacific/Auckland"),
            ZoneId.of("Pacific/Kiritimati"));
    private static final Identity SERVICE = new Identity("rules-check", Role.SERVICE_ROLE);
    private static final Comparator<Double> CLOSE =
            (a, b) -> Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : 1;

    @Autowired
    FeedbackStatement statement;

    @Autowired
    ProfileStore profiles;

    @Autowired
    TaskLibrary library;

    @Autowired
    FeatureFlags flags;

    @Autowired
    io.tailor.phase.LearningPhases phases;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStatementLearnsWhatTheJavaRulesLearnOnRandomFeedback() {
        Random random = new Random(20261125);
        PhaseCriteria criteria = PhaseCriteria.from(flags);
        List<Task> tasks = CurrentIdentity.runAsSystem(() -> library.active(Optional.empty()));
        int checked = 0;
        for (int user = 0; user < USERS; user++) {
            String userId = "rules-" + user;
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            sql.update(
                    "service_role",
                    "x",
                    "insert into user_preference_profile (user_id, timezone) values (?, ?)",
                    userId,
                    zone.getId());
            PreferenceProfile expected = load(userId);
            List<Transition> expectedTransitions = new ArrayList<>();
            Instant base = Instant.parse("2026-10-01T00:00:00Z").plusSeconds(random.nextInt(86_400 * 30));
            UUID planId = plan(userId);
            for (int n = 0; n < FEEDBACKS_PER_USER; n++) {
                Task task = tasks.get(random.nextInt(tasks.size()));
                Way way = Way.values()[random.nextInt(Way.values().length)];
                boolean fromLibrary = way != Way.NAMED || random.nextInt(10) > 0;
                Outcome outcome = randomOutcome(random, base);
                UUID item = way == Way.PLAN_ITEM ? planItem(userId, planId, n, task) : null;
                Optional<String> key = way == Way.RETRIED ? Optional.of("key-" + n) : Optional.empty();
                FeedbackStatement.Outcome recorded = record(userId, task, fromLibrary, outcome, item, key);
                if (way == Way.RETRIED) {
                    FeedbackStatement.Outcome replayed = record(userId, task, fromLibrary, outcome, item, key);
                    assertThat(replayed.replayed())
                            .as("retry %d of %s", n, userId)
                            .isTrue();
                    assertThat(replayed.feedbackId()).isEqualTo(recorded.feedbackId());
                    assertThat(replayed.phase()).isEqualTo(recorded.phase());
                }
                if (item != null) {
                    assertThat(itemStatus(userId, item)).isEqualTo(outcome.completed() ? "done" : "skipped");
                }

                expected = expected.learn(
                        fromLibrary ? Optional.of(task.id()) : Optional.empty(), task.category(), outcome);
                ProfileHeader header = expected.header();
                List<Transition> due = PhaseRules.due(header, criteria);
                for (Transition transition : due) {
                    header = header.advancedTo(transition.to(), transition.at());
                }
                expected = expected.withHeader(header);
                expectedTransitions.addAll(due);

                assertThat(recorded.phase())
                        .as("phase after feedback %d of %s", n, userId)
                        .isEqualTo(header.phase());
                assertThat(recorded.transitions())
                        .extracting(FeedbackStatement.Moved::to, FeedbackStatement.Moved::title)
                        .as("transitions of feedback %d of %s", n, userId)
                        .containsExactlyElementsOf(due.stream()
                                .map(t -> org.assertj.core.groups.Tuple.tuple(
                                        t.to().value(), t.celebration().title()))
                                .toList());
                checked++;
            }
            assertThat(load(userId))
                    .as("learned rows of %s", userId)
                    .usingRecursiveComparison()
                    .withComparatorForType(CLOSE, Double.class)
                    .isEqualTo(expected);
            assertThat(storedTransitions(userId))
                    .as("phase history of %s", userId)
                    .containsExactlyElementsOf(expectedTransitions.stream()
                            .map(t -> List.<Object>of(
                                    t.from().value(),
                                    t.to().value(),
                                    t.at(),
                                    t.celebration().message()))
                            .toList());
        }
        assertThat(checked).isGreaterThanOrEqualTo(5_000);
    }

    /** How a feedback arrives: naming its task, reporting a plan item, or sent twice with one key. */
    private enum Way {
        NAMED,
        PLAN_ITEM,
        RETRIED
    }

    private UUID plan(String userId) {
        return (UUID) sql.query("service_role", "x", """
                        insert into plans (user_id, plan_date, archetype, mode, source, learning_phase)
                        values (?, date '2026-10-01', 'peak_performer', 'high', 'library', 'discovery') returning id
                        """, userId).getFirst().getFirst();
    }

    private UUID planItem(String userId, UUID planId, int position, Task task) {
        return (UUID) sql.query(
                        "service_role",
                        "x",
                        """
                        insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category,
                            variation_group, time_block, reason)
                        values (?, ?, ?, ?, ?, ?, ?, 'morning', 'rules check') returning id
                        """,
                        planId,
                        userId,
                        position,
                        task.id(),
                        task.name(),
                        task.category().value(),
                        task.variationGroup())
                .getFirst()
                .getFirst();
    }

    private String itemStatus(String userId, UUID item) {
        return (String) sql.query(
                        "service_role", "x", "select status from plan_items where user_id = ? and id = ?", userId, item)
                .getFirst()
                .getFirst();
    }

    /** Event times up to 30 days apart in any order, at PostgreSQL's microsecond precision. */
    private static Outcome randomOutcome(Random random, Instant base) {
        Instant at = base.plus(random.nextLong(-10L * 86_400_000_000L, 30L * 86_400_000_000L), ChronoUnit.MICROS);
        Integer rating = random.nextInt(3) == 0 ? null : 1 + random.nextInt(5);
        return new Outcome(random.nextInt(10) < 7, rating, at);
    }

    /** Through the statement as FeedbackRecorder calls it; a plan item's report names nothing but the item. */
    private FeedbackStatement.Outcome record(
            String userId,
            Task task,
            boolean fromLibrary,
            Outcome outcome,
            @Nullable UUID planItem,
            Optional<String> idempotencyKey) {
        boolean named = planItem == null;
        var request = new FeedbackRequest(
                userId,
                named ? (fromLibrary ? task.name() : "Another source's " + task.name()) : null,
                named ? task.category().value() : null,
                outcome.completed(),
                outcome.rating(),
                null,
                planItem,
                null,
                null);
        var feedback = new FeedbackRecorder.ValidFeedback(
                request, named ? Category.parse("category", task.category().value()) : null, outcome);
        return statement.record(
                SERVICE,
                new FeedbackStatement.Input(
                        feedback,
                        named && fromLibrary ? task.id() : null,
                        idempotencyKey,
                        FeedbackRecorder.hash(request),
                        null,
                        outcome.occurredAt(),
                        phases.sqlRules()));
    }

    private PreferenceProfile load(String userId) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return CurrentIdentity.runAsSystem(() -> transaction.execute(status -> profiles.load(userId)))
                .orElseThrow();
    }

    private List<List<Object>> storedTransitions(String userId) {
        return sql.query("service_role", "x", """
                        select from_phase, to_phase, transitioned_at, celebration_message
                        from learning_phase_transitions where user_id = ? order by transitioned_at, to_phase
                        """, userId).stream()
                .map(row -> List.<Object>of(
                        row.get(0), row.get(1), ((java.sql.Timestamp) row.get(2)).toInstant(), row.get(3)))
                .toList();
    }
}
