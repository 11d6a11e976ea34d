package io.tailor.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated app user: each iteration asks for the plan of a new day, reports its five tasks
 * (completed or skipped, some rated, linked to the plan items), then reads the profile and the
 * weekly summary — the flow a phone runs once a day.
 */
final class VirtualUser implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String baseUrl;
    private final String userId;
    private final String token;
    private final int iterations;
    private final Latencies latencies;
    private final SplittableRandom random;

    VirtualUser(
            HttpClient client,
            String baseUrl,
            String userId,
            String token,
            int iterations,
            Latencies latencies,
            long seed) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.userId = userId;
        this.token = token;
        this.iterations = iterations;
        this.latencies = latencies;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        LocalDate first = LocalDate.now().minusDays(iterations);
        for (int day = 0; day < iterations; day++) {
            JsonNode plan = send(
                    "POST /plans",
                    "POST",
                    "/api/v1/plans",
                    """
                    {"user_id": "%s", "archetype": "foundation_builder", "mode": "medium", "date": "%s"}"""
                            .formatted(userId, first.plusDays(day)));
            if (plan != null) {
                plan.get("items").forEach(this::report);
            }
            send("GET /feedback/profile", "GET", "/api/v1/feedback/profile/" + userId, null);
            send("GET /insights/weekly", "GET", "/api/v1/insights/weekly/" + userId, null);
        }
    }

    private void report(JsonNode item) {
        boolean completed = random.nextDouble() < 0.7;
        String rating = completed && random.nextBoolean() ? String.valueOf(3 + random.nextInt(3)) : "null";
        send(
                "POST /feedback/task",
                "POST",
                "/api/v1/feedback/task",
                """
                {"user_id": "%s", "task_name": "%s", "category": "%s", "completed": %s, "satisfaction_rating": %s,
                 "task_library_id": "%s", "plan_item_id": "%s"}"""
                        .formatted(
                                userId,
                                item.get("task_name").asString(),
                                item.get("category").asString(),
                                completed,
                                rating,
                                item.get("task_library_id").asString(),
                                item.get("plan_item_id").asString()));
    }

    private JsonNode send(String endpoint, String method, String path, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() / 100 == 2;
            latencies.record(endpoint, System.nanoTime() - start, ok);
            return ok ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            latencies.record(endpoint, System.nanoTime() - start, false);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
