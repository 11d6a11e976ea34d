package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tailor.decision.LoggedDecision;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import io.tailor.security.CurrentIdentity;
import io.tailor.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The write statement on what only a fallback source plans: tasks the library lacks, and no rotation marks. */
class PlanStoreTest extends IntegrationTest {

    private final String user = "store-" + UUID.randomUUID();

    @Autowired
    PlanStore plans;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFallbackTaskWithAnUnknownLibraryIdKeepsItsPlaceAndDropsTheLinkAndRotationIsLeftAlone() {
        PlanView stored = save(List.of(
                task("hydration-morning-lemon-water", "Morning Lemon Water", Category.HYDRATION, "citrus_water"),
                task("movement-sunset-kayak", "Sunset Kayak", Category.MOVEMENT, "kayaking"),
                task(null, "Sea Swim", Category.RECOVERY, null)));

        assertThat(stored.items())
                .extracting(PlanView.Item::position, PlanView.Item::taskName, PlanView.Item::taskLibraryId)
                .containsExactly(
                        tuple(0, "Morning Lemon Water", "hydration-morning-lemon-water"),
                        tuple(1, "Sunset Kayak", null),
                        tuple(2, "Sea Swim", null));
        assertThat(stored.items().get(1).variationGroup()).isEqualTo("kayaking");
        assertThat(sql.query("service_role", null, "select count(*) from task_rotation_state where user_id = ?", user))
                .containsExactly(List.of(0L));
    }

    private static final LoggedDecision.Context LOGGED = new LoggedDecision.Context(
            LearningPhase.DISCOVERY,
            Archetype.PEAK_PERFORMER,
            EnergyMode.HIGH,
            LocalDate.parse("2026-05-01"),
            java.time.ZoneOffset.UTC,
            null,
            null,
            "v1",
            null,
            null);

    private PlanView save(List<PlannedTask> tasks) {
        LocalDate day = LocalDate.parse("2026-05-01");
        PlanStore.NewPlan plan = new PlanStore.NewPlan(
                user,
                day,
                Archetype.PEAK_PERFORMER,
                EnergyMode.HIGH,
                PlanSource.FALLBACK,
                LearningPhase.DISCOVERY,
                null,
                tasks,
                tasks.stream()
                        .map(task ->
                                LoggedDecision.fallback(task.taskLibraryId(), task.taskName(), task.category(), LOGGED))
                        .toList(),
                Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-04-30T12:00:00Z"),
                LOGGED,
                null);
        return CurrentIdentity.runAsSystem(
                () -> new TransactionTemplate(transactions).execute(status -> plans.save(plan)));
    }

    private static PlannedTask task(String id, String name, Category category, String group) {
        return new PlannedTask(id, name, category, group, TimeOfDay.MORNING, "Suggested by your plan generator");
    }
}
