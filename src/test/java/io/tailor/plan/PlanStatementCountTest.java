package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.security.Identity;
import io.tailor.security.Role;
import io.tailor.support.DriverLog;
import io.tailor.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a plan costs the database, counted in what the driver sends. Inside its transaction, after the
 * transaction manager's identity statement (which travels with {@code BEGIN}) and before its
 * {@code COMMIT}, a new or regenerated plan is two statements, a stored one is one.
 */
class PlanStatementCountTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.now().minusDays(40);
    private static final int IDENTITY_AND_COMMIT = 2;

    private final String user = "count-" + UUID.randomUUID();

    @Autowired
    PlanGenerator generator;

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
        DriverLog.Sent created = DriverLog.duringTransaction(() -> generator.generate(order(DAY, false)));
        DriverLog.Sent regenerated = DriverLog.duringTransaction(() -> generator.generate(order(DAY, true)));

        for (DriverLog.Sent sent : List.of(created, regenerated)) {
            assertThat(sent.statements()).as(sent.messages().toString()).isEqualTo(IDENTITY_AND_COMMIT + 2);
            assertThat(sent.roundTrips()).as(sent.messages().toString()).isEqualTo(IDENTITY_AND_COMMIT + 2);
        }
    }

    @Test
    void aStoredPlanIsOneRead() {
        generator.generate(order(DAY, false));

        DriverLog.Sent generatedAgain = DriverLog.duringTransaction(() -> generator.generate(order(DAY, false)));
        DriverLog.Sent found = DriverLog.duringTransaction(() -> generator.find(user, Optional.of(DAY)));
        DriverLog.Sent foundToday = DriverLog.duringTransaction(() -> generator.find(user, Optional.empty()));

        for (DriverLog.Sent sent : List.of(generatedAgain, found, foundToday)) {
            assertThat(sent.statements()).as(sent.messages().toString()).isEqualTo(IDENTITY_AND_COMMIT + 1);
            assertThat(sent.roundTrips()).as(sent.messages().toString()).isEqualTo(IDENTITY_AND_COMMIT + 1);
        }
    }

    private PlanGenerator.Order order(LocalDate date, boolean regenerate) {
        return new PlanGenerator.Order(
                user, Archetype.PEAK_PERFORMER, EnergyMode.HIGH, Optional.of(date), Category.DAILY_DEFAULT, regenerate);
    }
}
