package io.tailor.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The open model: new users arrive at a constant {@code -Drate} per second (default 20) for
 * {@code -Dduration} seconds (default 60), each playing one day, whether or not the service keeps
 * up; a slow service shows as more users in flight and longer latencies, not as less load.
 */
public class OpenModelSimulation extends Simulation {

    private static final int RATE = Settings.number("rate", 20);

    private static final int SECONDS = Settings.number("duration", 60);

    {
        setUp(scenario("open model: " + RATE + " users/s for " + SECONDS + " s")
                        .feed(AppDay.users("open", Tokens.ofService()))
                        .exec(AppDay.days(1))
                        .injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(AppDay.protocol())
                .assertions(AppDay.noFailedRequests())
                .maxDuration(Settings.MAX_DURATION);
    }
}
