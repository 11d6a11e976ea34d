package io.tailor.plan;

import io.tailor.library.Category;
import io.tailor.library.TimeOfDay;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan generator behind an HTTP API (an AI model, another service). It receives
 * {@code {"user_id","date","archetype","mode","categories"}} and answers
 * {@code {"tasks":[{"task_name","category","time_block","reason"}]}}. A category it leaves out, an
 * error, or no answer within the timeout is filled from the standard plan, so a plan is always served.
 */
public final class HttpPlanSource implements FallbackPlanSource {

    private static final Logger log = LoggerFactory.getLogger(HttpPlanSource.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI endpoint;
    private final JsonMapper json;
    private final HttpClient client;
    private final FallbackPlanSource lastResort = new StandardDailyPlan();

    public HttpPlanSource(URI endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public List<PlannedTask> plan(Request request) {
        Map<Category, PlannedTask> answered = ask(request);
        List<PlannedTask> standard = lastResort.plan(request);
        return standard.stream()
                .map(task -> answered.getOrDefault(task.category(), task))
                .toList();
    }

    private Map<Category, PlannedTask> ask(Request request) {
        try {
            HttpRequest call = HttpRequest.newBuilder(endpoint)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
                    .build();
            HttpResponse<String> response = client.send(call, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn(
                        "Plan generator at {} answered {}; serving the standard plan", endpoint, response.statusCode());
                return Map.of();
            }
            return json.readValue(response.body(), Answer.class).tasks().stream()
                    .filter(task ->
                            task.category() != null && request.categories().contains(task.category()))
                    .filter(AnsweredTask::isStorable)
                    .map(AnsweredTask::planned)
                    .collect(Collectors.toMap(PlannedTask::category, Function.identity(), (first, second) -> first));
        } catch (IOException | RuntimeException e) {
            log.warn("Plan generator at {} failed ({}); serving the standard plan", endpoint, e.toString());
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    record Answer(List<AnsweredTask> tasks) {}

    record AnsweredTask(
            @Nullable String taskName,
            @Nullable Category category,
            @Nullable TimeOfDay timeBlock,
            @Nullable String reason) {

        static final int MAX_NAME = 200;
        static final int MAX_REASON = 500;

        /** A nameless or over-long task is dropped, and its category gets the standard task. */
        boolean isStorable() {
            return taskName != null && !taskName.isBlank() && taskName.length() <= MAX_NAME && taskName.indexOf(0) < 0;
        }

        private static String clip(String reason) {
            String clean = reason.replace("\u0000", "");
            return clean.length() <= MAX_REASON ? clean : clean.substring(0, MAX_REASON);
        }

        @SuppressWarnings("NullAway")
        PlannedTask planned() {
            return new PlannedTask(
                    null,
                    taskName,
                    category,
                    null,
                    timeBlock == null ? TimeOfDay.MORNING : timeBlock,
                    reason == null || clip(reason).isBlank() ? "Suggested by your plan generator" : clip(reason));
        }
    }
}
