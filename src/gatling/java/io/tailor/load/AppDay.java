package io.tailor.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The app's day as a phone plays it (README, "The API"): the plan for a new day, a feedback for each
 * of its items, then the learned profile and the weekly summary. Requests are named by endpoint, so
 * the report gives percentiles per endpoint.
 */
final class AppDay {

    private AppDay() {}

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(Settings.BASE_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .authorizationHeader("Bearer #{token}");
    }

    /** Load runs are for latency; any failed request makes the run fail. */
    static Assertion noFailedRequests() {
        return global().failedRequests().percent().is(0.0);
    }

    /** Every virtual user is a user of its own, with its own token. */
    static Iterator<Map<String, Object>> users(String population, Tokens tokens) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> {
                    String userId = "load-" + Settings.RUN_ID + "-" + population + "-" + next.incrementAndGet();
                    return Map.<String, Object>of("userId", userId, "token", tokens.user(userId));
                })
                .iterator();
    }

    /** {@code days} days in a row, ending today, each one new to the user. */
    static ChainBuilder days(int days) {
        LocalDate first = LocalDate.now().minusDays(days - 1L);
        return repeat(days, "day")
                .on(exec(session -> session.set("date", first.plusDays(session.getInt("day"))))
                        .exec(day()));
    }

    private static ChainBuilder day() {
        return exec(plan())
                .foreach("#{items}", "item")
                .on(exec(reportItem()))
                .exec(http("GET /feedback/profile").get("/api/v1/feedback/profile/#{userId}"))
                .exec(http("GET /insights/weekly").get("/api/v1/insights/weekly/#{userId}"));
    }

    /** The plan for the session's {@code date}; its items go to {@code items}. */
    static HttpRequestActionBuilder plan() {
        return http("POST /plans")
                .post("/api/v1/plans")
                .body(StringBody(session -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("user_id", session.getString("userId"));
                    json.put("archetype", "foundation_builder");
                    json.put("mode", "medium");
                    json.put("date", session.get("date").toString());
                    return Json.write(json);
                }))
                .check(jmesPath("items").ofList().saveAs("items"));
    }

    /** A feedback for the session's user: {@code fields} gives the rest of the body. */
    static HttpRequestActionBuilder feedback(Function<Session, Map<String, Object>> fields) {
        return http("POST /feedback/task").post("/api/v1/feedback/task").body(StringBody(session -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("user_id", session.getString("userId"));
            json.putAll(fields.apply(session));
            return Json.write(json);
        }));
    }

    /** A phone makes one key per report and sends it again on a retry. */
    private static HttpRequestActionBuilder reportItem() {
        return feedback(AppDay::itemReport)
                .header("Idempotency-Key", session -> UUID.randomUUID().toString());
    }

    /** The session's plan {@code item}, done about 70% of the time and then rated half the time. */
    private static Map<String, Object> itemReport(Session session) {
        Map<String, Object> item = session.getMap("item");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean completed = random.nextDouble() < 0.7;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan_item_id", item.get("plan_item_id"));
        json.put("task_name", item.get("task_name"));
        json.put("category", item.get("category"));
        if (item.get("task_library_id") != null) {
            json.put("task_library_id", item.get("task_library_id"));
        }
        json.put("completed", completed);
        if (completed && random.nextBoolean()) {
            json.put("satisfaction_rating", 1 + random.nextInt(5));
        }
        return json;
    }
}
