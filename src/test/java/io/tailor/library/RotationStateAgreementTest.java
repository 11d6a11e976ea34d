package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.security.CurrentIdentity;
import io.tailor.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RotationState}'s SQL holds back exactly the groups {@link RotationWindow} does, for every use up
 * to now: random uses over five days, and the edges (a window ago, a microsecond either side, now itself).
 */
class RotationStateAgreementTest extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T13:45:10.123456Z");
    private static final Duration WINDOW = Duration.ofHours(48);

    @Autowired
    RotationState rotation;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSqlAndTheJavaRuleHoldBackTheSameGroups() {
        String user = "rotation-agreement";
        List<Instant> uses = new ArrayList<>(List.of(
                NOW,
                NOW.minusNanos(1_000),
                NOW.minus(WINDOW),
                NOW.minus(WINDOW).plusNanos(1_000),
                NOW.minus(WINDOW).minusNanos(1_000)));
        Random random = new Random(20261206);
        for (int n = 0; n < 300; n++) {
            uses.add(NOW.minus(random.nextLong(5L * 86_400_000_000L), ChronoUnit.MICROS));
        }
        for (int n = 0; n < uses.size(); n++) {
            sql.update(
                    "service_role",
                    null,
                    "insert into task_rotation_state (user_id, variation_group, category, last_used_at)"
                            + " values (?, ?, 'hydration', ?)",
                    user,
                    "group-" + n,
                    Timestamp.from(uses.get(n)));
        }

        Set<String> heldBySql = CurrentIdentity.runAsSystem(() -> new TransactionTemplate(transactions)
                .execute(status -> rotation.usedBetween(user, NOW.minus(WINDOW), NOW)));

        List<String> heldByJava = new ArrayList<>();
        for (int n = 0; n < uses.size(); n++) {
            if (RotationWindow.holdsBack(uses.get(n), NOW, WINDOW)) {
                heldByJava.add("group-" + n);
            }
        }
        assertThat(heldByJava).hasSizeBetween(50, uses.size() - 50);
        assertThat(heldBySql).containsExactlyInAnyOrderElementsOf(heldByJava);
    }
}
