package io.tailor.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Does a request cost more for a user with a long history? Gives one user {@code --history-events}
 * feedbacks spread over the last 29 days, then times {@value #SAMPLES} more feedbacks and
 * {@value #SAMPLES} plan generations for that user, one at a time.
 */
final class HistoryGrowth {

    static final int SAMPLES = 300;

    private HistoryGrowth() {}

    static Latencies measure(HttpClient client, LoadOptions options, TokenSigner tokens) throws Exception {
        String userId = "history-" + options.runId() + "-" + options.historyEvents();
        String token = tokens.user(userId);
        Latencies ignored = new Latencies();
        long spreadSeconds = 29L * 24 * 3600 / Math.max(1, options.historyEvents());
        Instant start = Instant.now().minus(29, ChronoUnit.DAYS);
        for (int i = 0; i < options.historyEvents(); i++) {
            post(client, options, token, ignored, "history", feedback(userId, start.plusSeconds(i * spreadSeconds), i));
        }
        Latencies latencies = new Latencies();
        long begin = System.nanoTime();
        for (int i = 0; i < SAMPLES; i++) {
            post(
                    client,
                    options,
                    token,
                    latencies,
                    "POST /feedback/task",
                    feedback(userId, Instant.now().minusSeconds(60), i));
            String plan =
                    """
                    {"user_id": "%s", "archetype": "peak_performer", "mode": "high", "date": "%s"}"""
                            .formatted(userId, LocalDate.now().plusDays(i + 1));
            post(client, options, token, latencies, "POST /plans", plan);
        }
        System.out.printf(
                Locale.ROOT,
                "One user with %d earlier feedbacks, %d sequential samples each:%n%n",
                options.historyEvents(),
                SAMPLES);
        System.out.println(latencies.table((System.nanoTime() - begin) / 1e9));
        return latencies;
    }

    private static String feedback(String userId, Instant at, int i) {
        return """
                {"user_id": "%s", "task_name": "HIIT Blast", "category": "movement", "completed": %s,
                 "satisfaction_rating": %d, "occurred_at": "%s"}"""
                .formatted(userId, i % 3 != 0, 1 + i % 5, at);
    }

    private static void post(
            HttpClient client, LoadOptions options, String token, Latencies latencies, String endpoint, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.baseUrl() + "/api/v1" + path(endpoint)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long begin = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.record(endpoint, System.nanoTime() - begin, response.statusCode() / 100 == 2);
    }

    private static String path(String endpoint) {
        return endpoint.equals("POST /plans") ? "/plans" : "/feedback/task";
    }
}
