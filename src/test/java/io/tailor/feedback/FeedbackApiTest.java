package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FeedbackApiTest extends IntegrationTest {

    private static final String PATH = "/api/v1/feedback/task";

    private final String user = "feedback-" + UUID.randomUUID();

    @Test
    void theSpecsCurlExampleRecordsFeedbackAndUpdatesTheProfile() {
        Reply reply = post(user, """
                {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration",
                 "completed": true, "satisfaction_rating": 5}""".formatted(user));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(UUID.fromString(body.get("feedback_id").asString())).isNotNull();
        assertThat(body.get("status").asString()).isEqualTo("success");
        assertThat(body.get("message").asString()).isEqualTo("Feedback recorded and preferences updated");
        assertThat(body.get("learning_phase").asString()).isEqualTo("discovery");
        assertThat(events(user, "task_library_id")).containsExactly(List.of("hydration-morning-lemon-water"));

        JsonNode profile = profile(user).json();
        assertThat(profile.get("totals").get("total_feedback").asInt()).isEqualTo(1);
        assertThat(profile.get("categories").get(0).get("category").asString()).isEqualTo("hydration");
        assertThat(profile.get("tasks").get(0).get("task_name").asString()).isEqualTo("Morning Lemon Water");
        assertThat(profile.get("tasks").get(0).get("mean_rating").asDouble()).isEqualTo(5.0);
        assertThat(profile.get("tried_count").asInt()).isEqualTo(1);
    }

    @Test
    void aTaskFromAnotherSourceCountsForItsCategoryOnly() {
        assertThat(post(user, body("Grandma's Soup", "nutrition", true, null)).status())
                .isEqualTo(201);

        JsonNode profile = profile(user).json();
        assertThat(profile.get("categories").get(0).get("feedback_count").asInt())
                .isEqualTo(1);
        assertThat(profile.get("tasks")).isEmpty();
        assertThat(events(user, "task_library_id")).containsExactly(java.util.Arrays.asList((Object) null));
    }

    @Test
    void anUnknownOrMismatchedLibraryTaskIsUnprocessable() {
        assertRejected(422, "task_library_id", """
                {"user_id": "%s", "task_name": "X", "category": "hydration", "completed": true,
                 "task_library_id": "hydration-no-such-task"}""".formatted(user));
        assertRejected(422, "task_library_id", """
                {"user_id": "%s", "task_name": "X", "category": "movement", "completed": true,
                 "task_library_id": "hydration-morning-lemon-water"}""".formatted(user));
        assertRejected(404, "plan_item_id", """
                {"user_id": "%s", "task_name": "X", "category": "movement", "completed": true,
                 "plan_item_id": "%s"}""".formatted(user, UUID.randomUUID()));
    }

    @Test
    void invalidInputIsABadRequestNamingTheFieldAndWritesNothing() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("satisfaction_rating", body("Yoga", "movement", true, "0"));
        cases.put("satisfaction_rating ", body("Yoga", "movement", true, "6"));
        cases.put(" satisfaction_rating", body("Yoga", "movement", true, "4.5"));
        cases.put(" satisfaction_rating ", body("Yoga", "movement", true, "\"5\""));
        cases.put("completed", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement"}""".formatted(user));
        cases.put("completed ", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": "yes"}""".formatted(user));
        cases.put("category", body("Yoga", "juggling", true, null));
        cases.put("task_name", body("", "movement", true, null));
        cases.put("task_name ", body("x".repeat(201), "movement", true, null));
        cases.put("mood", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true, "mood": "great"}""".formatted(user));
        cases.put("task_name  ", body("Walk\\u0000", "movement", true, null));
        cases.put("occurred_at", withOccurredAt(Instant.now().plus(Duration.ofMinutes(10))));
        cases.put("occurred_at ", withOccurredAt(Instant.now().minus(Duration.ofDays(31))));
        cases.put("notes", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true, "notes": "%s"}""".formatted(user, "n".repeat(1001)));
        cases.put("user_id", """
                {"user_id": 123, "task_name": "Yoga", "category": "movement", "completed": true}""");
        cases.put("task_name   ", """
                {"user_id": "%s", "task_name": 123, "category": "movement", "completed": true}""".formatted(user));
        cases.put("task_name    ", """
                {"user_id": "%s", "task_name": true, "category": "movement", "completed": true}""".formatted(user));
        cases.put(" user_id", """
                {"user_id": "%s", "user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true}""".formatted("someone-else", user));
        cases.put(" notes", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true, "notes": "a\\ud800b"}""".formatted(user));
        cases.put(" notes ", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true, "notes": "\\udc00"}""".formatted(user));
        cases.put("notes  ", """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true, "notes": "%s"}""".formatted(user, "\uD83D\uDE00".repeat(1001)));
        cases.put(" task_name", body("\uD83D\uDE00".repeat(201), "movement", true, null));
        cases.forEach((field, json) -> assertRejected(400, field.strip(), json));

        Reply malformed = post(user, "{\"user_id\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("title").asString()).isEqualTo("Malformed JSON");
        Reply huge = post(user, body("x".repeat(70_000), "movement", true, null));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertNothingWritten(user);
    }

    @Test
    void invalidUtf8IsABadRequestNamingTheFieldAndWritesNothing() {
        byte[][] faults = {
            {(byte) 0xC0, (byte) 0xAF}, // "/" in two bytes: overlong
            {(byte) 0xC0, (byte) 0x80}, // NUL in two bytes: overlong
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // "/" in three bytes: overlong
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a lone surrogate, U+D800, encoded
            {(byte) 0xE2, (byte) 0x82}, // a character cut short
            {(byte) 0xFF},
            {(byte) 0x80}
        };
        for (byte[] fault : faults) {
            Reply reply = api().sendRaw(
                            "POST",
                            PATH,
                            Map.of("Authorization", "Bearer " + Tokens.user(user), "Content-Type", "application/json"),
                            notesWith(fault));

            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("errors").get(0).get("field").asString())
                    .as(reply.body())
                    .isEqualTo("notes");
            assertNothingWritten(user);
        }
    }

    @Test
    void strictJsonRefusalsSayWhatIsWrong() {
        Map<String, String> messages = Map.of(
                "must be a string",
                """
                {"user_id": 123, "task_name": "Yoga", "category": "movement", "completed": true}""",
                "is given more than once",
                """
                {"user_id": "%s", "user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true}""".formatted(user, user),
                "holds a lone surrogate",
                """
                {"user_id": "%s", "task_name": "Yoga\\ud800", "category": "movement", "completed": true}""".formatted(user));
        messages.forEach((message, json) -> {
            Reply reply = post(user, json);
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("message").asString())
                    .as(reply.body())
                    .isEqualTo(message);
        });
        assertNothingWritten(user);
    }

    @Test
    void lengthsAreCountedInCodePoints() {
        String notes = "\uD83D\uDE00".repeat(1000);
        String taskName = "\uD83D\uDE00".repeat(200);
        String json = """
                {"user_id": "%s", "task_name": "%s", "category": "movement", "completed": true, "notes": "%s"}""".formatted(user, taskName, notes);

        Reply reply = post(user, json);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(events(user, "notes")).containsExactly(List.of(notes));
    }

    @Test
    void aNonAsciiIdempotencyKeyIsABadRequestNamingTheHeaderAndWritesNothing() {
        Reply reply = api().sendRaw(
                        "POST",
                        PATH,
                        Map.of(
                                "Authorization",
                                "Bearer " + Tokens.user(user),
                                "Content-Type",
                                "application/json",
                                "Idempotency-Key",
                                "ключ"),
                        body("Yoga", "movement", true, null).getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
        assertThat(problem.get("type").asString()).endsWith("invalid-input");
        assertThat(problem.get("detail").asString()).containsIgnoringCase("Idempotency-Key");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualToIgnoringCase("Idempotency-Key");
        assertNothingWritten(user);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstReplyAndRecordsNothingNew() {
        String json = body("Box Breathing", "wellness", true, "4");
        Reply first = post(user, json, "key-1");
        Reply retry = post(user, json, "key-1");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("feedback_id")).isEqualTo(first.json().get("feedback_id"));
        assertThat(count("select count(*) from user_task_feedback where user_id = ?", user))
                .isEqualTo(1);

        Reply reused = post(user, body("Box Breathing", "wellness", false, null), "key-1");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(count("select count(*) from user_task_feedback where user_id = ?", user))
                .isEqualTo(1);
    }

    @Test
    void idempotencyKeysArePerUser() {
        String other = user + "-other";
        assertThat(post(user, body("Box Breathing", "wellness", true, null), "shared")
                        .status())
                .isEqualTo(201);
        Reply theirs = post(other, """
                {"user_id": "%s", "task_name": "Box Breathing", "category": "wellness", "completed": true}""".formatted(other), "shared");
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(count("select count(*) from user_task_feedback where user_id = ?", other))
                .isEqualTo(1);
    }

    @Test
    void fiftyConcurrentFeedbacksForOneUserAreAllCounted() throws Exception {
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean completed = i % 5 != 0;
            requests.add(() ->
                    post(user, body("HIIT Blast", "movement", completed, null)).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from user_task_feedback where user_id = ?", user))
                .isEqualTo(50);
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select total_feedback, total_completed, total_skipped from user_preference_profile where user_id = ?",
                        user))
                .containsExactly(List.of(50, 40, 10));
        assertThat(sql.query(
                        "service_role",
                        null,
                        "select times_completed, times_skipped from user_task_preference where user_id = ?",
                        user))
                .containsExactly(List.of(40, 10));
        assertThat(count("select sum(total_count) from user_daily_task_stats where user_id = ?", user))
                .isEqualTo(50);
        assertThat(count("select feedback_count from user_category_preference where user_id = ?", user))
                .isEqualTo(50);
    }

    @Test
    void aUserCannotRecordForAnotherButTheServiceRoleCan() {
        String victim = user + "-victim";
        Reply forged = api().post(PATH, Tokens.user(user), body(victim, "Yoga", "movement", true, null));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertNothingWritten(victim);

        assertThat(api().post(PATH, Tokens.service(), body(victim, "Yoga", "movement", true, null))
                        .status())
                .isEqualTo(201);
        assertThat(api().get("/api/v1/feedback/profile/" + victim, Tokens.user(user))
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/feedback/profile/" + victim, Tokens.service())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void daysAreCountedInTheUsersTimeZone() {
        Reply patched = api().send(
                        "PATCH",
                        "/api/v1/feedback/profile/" + user,
                        Map.of("Authorization", "Bearer " + Tokens.user(user), "Content-Type", "application/json"),
                        "{\"timezone\": \"America/New_York\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("timezone").asString()).isEqualTo("America/New_York");

        Instant threeAmUtc = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(21));
        assertThat(post(user, withOccurredAt(threeAmUtc)).status()).isEqualTo(201);
        LocalDate utcDay = LocalDate.ofInstant(threeAmUtc, java.time.ZoneOffset.UTC);
        assertThat(events(user, "local_date")).containsExactly(List.of(java.sql.Date.valueOf(utcDay.minusDays(1))));
    }

    @Test
    void anUnknownTimeZoneOrAnotherUsersProfileIsRefused() {
        Map<String, String> headers =
                Map.of("Authorization", "Bearer " + Tokens.user(user), "Content-Type", "application/json");
        Reply unknown =
                api().send("PATCH", "/api/v1/feedback/profile/" + user, headers, "{\"timezone\": \"Mars/Olympus\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("timezone");
        Reply malformedId = api().send(
                        "PATCH",
                        "/api/v1/feedback/profile/" + "x".repeat(129),
                        Map.of("Authorization", "Bearer " + Tokens.service(), "Content-Type", "application/json"),
                        "{\"timezone\": \"UTC\"}");
        assertThat(malformedId.status()).isEqualTo(400);
        Reply other =
                api().send("PATCH", "/api/v1/feedback/profile/" + user + "-x", headers, "{\"timezone\": \"UTC\"}");
        assertThat(other.status()).isEqualTo(403);
    }

    @Test
    void aUserWhoNeverReportedHasTheStartingProfile() {
        Reply reply = profile(user);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode profile = reply.json();
        assertThat(profile.get("current_learning_phase").asString()).isEqualTo("discovery");
        assertThat(profile.get("totals").get("total_feedback").asInt()).isZero();
        assertThat(profile.get("timezone").asString()).isEqualTo("UTC");
        assertThat(profile.get("timezone_chosen").asBoolean()).isFalse();
        assertThat(profile.get("archetype").isNull()).isTrue();
        assertThat(profile.get("tasks")).isEmpty();
        assertThat(sql.query(
                        "service_role", null, "select user_id from user_preference_profile where user_id = ?", user))
                .as("reading creates nothing")
                .isEmpty();
    }

    @Test
    void clearingContextDropsTheUsersStoredRepliesAndNeedsTheServiceRole() {
        post(user, body("Box Breathing", "wellness", true, null), "k1");
        post(user, body("Box Breathing", "wellness", true, null), "k2");
        String request = "{\"user_id\": \"" + user + "\"}";
        assertThat(api().post("/api/v1/feedback/clear-context", Tokens.user(user), request)
                        .status())
                .isEqualTo(403);

        Reply cleared = api().post("/api/v1/feedback/clear-context", Tokens.service(), request);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("idempotent_replies_cleared").asInt()).isEqualTo(2);
        assertThat(count("select count(*) from feedback_idempotency where user_id = ?", user))
                .isZero();
    }

    private void assertRejected(int status, String field, String json) {
        Reply reply = post(user, json);
        assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString())
                .as(reply.body())
                .isEqualTo(field);
        assertNothingWritten(user);
    }

    private void assertNothingWritten(String userId) {
        assertThat(count("select count(*) from user_task_feedback where user_id = ?", userId))
                .isZero();
        assertThat(count("select count(*) from user_preference_profile where user_id = ?", userId))
                .isZero();
        assertThat(count("select count(*) from user_daily_task_stats where user_id = ?", userId))
                .isZero();
    }

    private long count(String query, String userId) {
        Object value = sql.query("service_role", null, query, userId).get(0).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private List<List<Object>> events(String userId, String column) {
        return sql.query(
                "service_role", null, "select " + column + " from user_task_feedback where user_id = ?", userId);
    }

    private Reply profile(String userId) {
        return api().get("/api/v1/feedback/profile/" + userId, Tokens.user(userId));
    }

    private Reply post(String userId, String json) {
        return new Feedbacks(api()).post(userId, json);
    }

    private Reply post(String userId, String json, String idempotencyKey) {
        return new Feedbacks(api()).post(userId, json, idempotencyKey);
    }

    private String body(String taskName, String category, boolean completed, String rating) {
        return body(user, taskName, category, completed, rating);
    }

    private static String body(String userId, String taskName, String category, boolean completed, String rating) {
        return """
                {"user_id": "%s", "task_name": "%s", "category": "%s", "completed": %s, "satisfaction_rating": %s}""".formatted(userId, taskName, category, completed, rating);
    }

    private byte[] notesWith(byte[] fault) {
        byte[] head = """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true, "notes": "a""".formatted(user).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "b\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + fault.length + tail.length);
        System.arraycopy(fault, 0, body, head.length, fault.length);
        System.arraycopy(tail, 0, body, head.length + fault.length, tail.length);
        return body;
    }

    private String withOccurredAt(Instant occurredAt) {
        return """
                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true,
                 "occurred_at": "%s"}""".formatted(user, occurredAt);
    }
}
