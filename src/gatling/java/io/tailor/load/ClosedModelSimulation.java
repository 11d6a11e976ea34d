package io.tailor.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * The closed model: a fixed set of {@code -Dusers} (default 100) each play {@code -Diterations}
 * (default 5) days back to back, so there are always as many requests in flight as users, and the
 * run ends when the last user has played its last day. A cold service's first run is slower: warm it
 * up with a small run first.
 */
public class ClosedModelSimulation extends Simulation {

    private static final int USERS = Settings.number("users", 100);

    private static final int ITERATIONS = Settings.number("iterations", 5);

    {
        setUp(scenario("closed model: " + USERS + " users x " + ITERATIONS + " days")
                        .feed(AppDay.users("closed", Tokens.ofService()))
                        .exec(AppDay.days(ITERATIONS))
                        .injectOpen(atOnceUsers(USERS)))
                .protocols(AppDay.protocol())
                .assertions(AppDay.noFailedRequests())
                .maxDuration(Settings.MAX_DURATION);
    }
}
