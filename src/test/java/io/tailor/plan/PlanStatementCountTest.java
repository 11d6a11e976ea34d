package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.security.Identity;
import io.tailor.security.Role;
import io.tailor.support.RoundTrips;
import io.tailor.support.ServiceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9: inside its transaction, after the transaction manager's identity statement (which carries
 * {@code BEGIN}) and before its {@code COMMIT}, a new or regenerated plan is two statements, one read and
 * one write; a stored plan is the read alone.
 */
@Import(RoundTrips.class)
class PlanStatementCountTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final LocalDate DAY = LocalDate.now().minusDays(40);
    private static final int IDENTITY_AND_COMMIT = 2;

    private final String user = "count-" + UUID.randomUUID();

    @Autowired
    PlanGenerator generator;

    @Autowired
    RoundTrips trips;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @BeforeEach
    void actAsTheUserWithTheLibraryCached() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new Identity(user, Role.AUTHENTICATED), null, List.of()));
        generator.generate(order(DAY.minusDays(10), false));
    }

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewOrRegeneratedPlanIsOneReadAndOneWrite() {
        assertThat(tripsOf(() -> generator.generate(order(DAY, false)))).isEqualTo(IDENTITY_AND_COMMIT + 2);
        assertThat(tripsOf(() -> generator.generate(order(DAY, true)))).isEqualTo(IDENTITY_AND_COMMIT + 2);
    }

    @Test
    void aStoredPlanIsOneRead() {
        generator.generate(order(DAY, false));

        assertThat(tripsOf(() -> generator.generate(order(DAY, false)))).isEqualTo(IDENTITY_AND_COMMIT + 1);
        assertThat(tripsOf(() -> generator.find(user, Optional.of(DAY)))).isEqualTo(IDENTITY_AND_COMMIT + 1);
        assertThat(tripsOf(() -> generator.find(user, Optional.empty()))).isEqualTo(IDENTITY_AND_COMMIT + 1);
    }

    private int tripsOf(Runnable work) {
        int before = trips.count();
        work.run();
        return trips.count() - before;
    }

    private PlanGenerator.Order order(LocalDate date, boolean regenerate) {
        return new PlanGenerator.Order(
                user, Archetype.PEAK_PERFORMER, EnergyMode.HIGH, Optional.of(date), Category.DAILY_DEFAULT, regenerate);
    }
}
