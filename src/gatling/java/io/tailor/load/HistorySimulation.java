package io.tailor.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Does a request cost more for a user with a long history? One user first sends
 * {@code -Dhistory.events} (default 10) earlier feedbacks as fast as it can, their event times
 * spread over the last 29 days (reported in the "earlier feedbacks" group); then
 * {@code -Dsamples} (default 300) feedbacks and as many plans for new days are timed one at a time,
 * with nothing else running.
 */
public class HistorySimulation extends Simulation {

    private static final int EVENTS = Settings.number("history.events", 10);

    private static final int SAMPLES = Settings.number("samples", 300);

    {
        String userId = "history-" + Settings.RUN_ID + "-" + EVENTS;
        String token = Tokens.ofService().user(userId);
        setUp(scenario("history: " + EVENTS + " earlier feedbacks")
                        .exec(session -> session.set("userId", userId).set("token", token))
                        .exec(group("earlier feedbacks").on(earlierFeedbacks()))
                        .exec(timedSamples())
                        .injectOpen(atOnceUsers(1)))
                .protocols(AppDay.protocol())
                .assertions(AppDay.noFailedRequests())
                .maxDuration(Settings.MAX_DURATION);
    }

    private static ChainBuilder earlierFeedbacks() {
        Instant start = Instant.now().minus(29, ChronoUnit.DAYS);
        Duration spacing = Duration.ofDays(29).dividedBy(EVENTS);
        return repeat(EVENTS, "event").on(exec(AppDay.feedback(session -> {
            int event = session.getInt("event");
            return feedback(start.plus(spacing.multipliedBy(event)), event);
        })));
    }

    /** Plans for the days after today, one each, so every plan is new and made from scratch. */
    private static ChainBuilder timedSamples() {
        LocalDate today = LocalDate.now();
        return repeat(SAMPLES, "sample")
                .on(exec(AppDay.feedback(session -> feedback(Instant.now().minusSeconds(60), session.getInt("sample"))))
                        .exec(session -> session.set("date", today.plusDays(session.getInt("sample") + 1L)))
                        .exec(AppDay.plan()));
    }

    private static Map<String, Object> feedback(Instant at, int index) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task_name", "HIIT Blast");
        json.put("category", "movement");
        json.put("completed", index % 3 != 0);
        json.put("satisfaction_rating", 1 + index % 5);
        json.put("occurred_at", at.toString());
        return json;
    }
}
