package io.tailor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with its clock fixed at {@link #NOW}, a Thursday afternoon in March (see {@link TestClock},
 * which a system property moves years away), so weeks, streaks and time-zone boundaries are the same on any
 * day the tests run. Tagged, so CI can run them again with the clock moved: {@code -Dgroups=pinned-clock}.
 */
@Tag("pinned-clock")
@Import(FixedClockTest.FixedClock.class)
public abstract class FixedClockTest extends ServiceTest {

    public static final Instant NOW = TestClock.NOW;

    /** The date at {@link #NOW} in UTC. */
    public static final LocalDate TODAY = TestClock.TODAY;

    private static final TestDatabase DATABASE = TestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    /** Sets the zone the user's days and weeks are counted in, as that user. */
    protected void setTimezone(String userId, String zone) {
        Api.Reply reply = api().send(
                        "PATCH",
                        "/api/v1/feedback/profile/" + userId,
                        Map.of("Authorization", "Bearer " + Tokens.user(userId), "Content-Type", "application/json"),
                        "{\"timezone\": \"" + zone + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
