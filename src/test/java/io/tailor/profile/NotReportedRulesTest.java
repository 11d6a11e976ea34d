package io.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.security.CurrentIdentity;
import io.tailor.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code settle_not_reported()} restates {@link PreferenceProfile#learnNotReported} in PL/pgSQL. From
 * random learned rows (late evidence included) and random plans in zones from UTC-5 to UTC+14, the rows
 * it leaves are the ones the Java rules compute, applying each plan's pending items at the end of its
 * day, oldest first; done and skipped items are left alone.
 */
class NotReportedRulesTest extends IntegrationTest {

    private static final int USERS = 60;
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Pacific/Kiritimati"));
    private static final Comparator<Double> CLOSE =
            (a, b) -> Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : 1;

    @Autowired
    NotReportedSettlement settlement;

    @Autowired
    ProfileStore profiles;

    @Autowired
    TaskLibrary library;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSettlementLearnsWhatTheJavaRulesLearnOnRandomPlans() {
        Random random = new Random(20261125);
        List<Task> tasks = CurrentIdentity.runAsSystem(() -> library.active(Optional.empty()));
        LocalDate base = LocalDate.parse("2027-02-01");
        List<String> users = new ArrayList<>();
        List<PreferenceProfile> expected = new ArrayList<>();
        int pendingItems = 0;
        for (int user = 0; user < USERS; user++) {
            String userId = "settle-" + UUID.randomUUID();
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            sql.update(
                    "service_role",
                    "x",
                    "insert into user_preference_profile (user_id, timezone) values (?, ?)",
                    userId,
                    zone.getId());
            for (int row = 0; row < random.nextInt(4); row++) {
                insertLearnedRow(random, userId, tasks.get(random.nextInt(tasks.size())), base);
            }
            PreferenceProfile profile = load(userId);
            List<LocalDate> days = new ArrayList<>(random.ints(1 + random.nextInt(6), -20, 20)
                    .distinct()
                    .mapToObj(base::plusDays)
                    .toList());
            days.sort(Comparator.naturalOrder());
            for (LocalDate day : days) {
                UUID planId = insertPlan(userId, day);
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                for (int position = 0; position < 1 + random.nextInt(5); position++) {
                    Task task = tasks.get(random.nextInt(tasks.size()));
                    boolean fromLibrary = random.nextInt(10) > 0;
                    String status = List.of("pending", "pending", "pending", "done", "skipped")
                            .get(random.nextInt(5));
                    insertItem(planId, userId, position, task, fromLibrary, status);
                    if (status.equals("pending")) {
                        profile = profile.learnNotReported(
                                fromLibrary ? Optional.of(task.id()) : Optional.empty(), task.category(), dayEnd);
                        pendingItems++;
                    }
                }
            }
            users.add(userId);
            expected.add(profile);
        }
        Instant allEnded = base.plusDays(22).atStartOfDay(ZoneId.of("UTC")).toInstant();
        int settled = 0;
        for (int n = settlement.settle(allEnded); n > 0; n = settlement.settle(allEnded)) {
            settled += n;
        }
        assertThat(settled).isGreaterThanOrEqualTo(pendingItems);
        assertThat(pendingItems).isGreaterThan(200);
        for (int user = 0; user < USERS; user++) {
            assertThat(load(users.get(user)))
                    .as("learned rows of %s", users.get(user))
                    .usingRecursiveComparison()
                    .withComparatorForType(CLOSE, Double.class)
                    .isEqualTo(expected.get(user));
        }
    }

    /** A task row with random counts and evidence, as of a time that may lie after the plans' days. */
    private void insertLearnedRow(Random random, String userId, Task task, LocalDate base) {
        int skipped = random.nextInt(5);
        int ratings = random.nextInt(3);
        Instant asOf = base.atStartOfDay(ZoneId.of("UTC"))
                .toInstant()
                .plusSeconds(random.nextLong(-30L * 86_400, 30L * 86_400));
        sql.update(
                "service_role",
                "x",
                """
                insert into user_task_preference (user_id, task_library_id, times_completed, times_skipped,
                    consecutive_skips, rating_count, rating_sum, times_not_reported, affinity_value,
                    affinity_weight, affinity_at, last_feedback_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """,
                userId,
                task.id(),
                random.nextInt(5),
                skipped,
                random.nextInt(skipped + 1),
                ratings,
                ratings * (1 + random.nextInt(5)),
                random.nextInt(3),
                random.nextDouble(),
                random.nextDouble() * 4,
                Timestamp.from(asOf),
                Timestamp.from(asOf));
    }

    private UUID insertPlan(String userId, LocalDate day) {
        return (UUID) sql.query("service_role", "x", """
                        insert into plans (user_id, plan_date, archetype, mode, source, learning_phase)
                        values (?, ?, 'foundation_builder', 'medium', 'adaptive', 'discovery') returning id
                        """, userId, day).get(0).get(0);
    }

    private void insertItem(UUID planId, String userId, int position, Task task, boolean fromLibrary, String status) {
        sql.update(
                "service_role",
                "x",
                """
                insert into plan_items (plan_id, user_id, position, task_library_id, task_name, category,
                    variation_group, time_block, reason, status)
                values (?, ?, ?, ?, ?, ?::task_category, ?, 'morning', 'test', ?)
                """,
                planId,
                userId,
                position,
                fromLibrary ? task.id() : null,
                task.name(),
                task.category().value(),
                task.variationGroup(),
                status);
    }

    private PreferenceProfile load(String userId) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return CurrentIdentity.runAsSystem(() -> transaction.execute(status -> profiles.load(userId)))
                .orElseThrow();
    }
}
