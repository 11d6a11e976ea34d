package io.tailor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** A plan generator behind real HTTP on loopback. */
class HttpPlanSourceTest {

    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void usesTheGeneratorsTasksAndFillsWhatItLeftOutFromTheStandardPlan() throws IOException {
        HttpPlanSource source = serve(200, """
                {"tasks": [{"task_name": "Sunset Kayak", "category": "movement", "time_block": "evening",
                            "reason": "You mentioned the lake"}]}""");

        List<PlannedTask> plan = source.plan(request());

        assertThat(received.get())
                .contains("\"user_id\":\"u-1\"")
                .contains("\"categories\":[\"movement\",\"hydration\"]");
        assertThat(plan).extracting(PlannedTask::taskName).containsExactly("Sunset Kayak", "Morning Lemon Water");
        assertThat(plan.get(0).reason()).isEqualTo("You mentioned the lake");
    }

    @Test
    void aNamelessTaskIsReplacedAndAnOverlongReasonClipped() throws IOException {
        HttpPlanSource source = serve(200, """
                {"tasks": [{"category": "movement"},
                           {"task_name": "Sea Swim", "category": "hydration", "reason": "%s"}]}""".formatted("r".repeat(600)));

        List<PlannedTask> plan = source.plan(request());

        assertThat(plan).extracting(PlannedTask::taskName).containsExactly("Brisk 20-Minute Walk", "Sea Swim");
        assertThat(plan.get(1).reason()).hasSize(500);
    }

    @Test
    void aFailingGeneratorFallsBackToTheStandardPlan() throws IOException {
        List<PlannedTask> plan = serve(500, "{}").plan(request());
        assertThat(plan)
                .extracting(PlannedTask::taskName)
                .containsExactly("Brisk 20-Minute Walk", "Morning Lemon Water");
    }

    private FallbackPlanSource.Request request() {
        return new FallbackPlanSource.Request(
                "u-1",
                LocalDate.parse("2026-11-20"),
                Archetype.PEAK_PERFORMER,
                EnergyMode.HIGH,
                List.of(Category.MOVEMENT, Category.HYDRATION));
    }

    private HttpPlanSource serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/plan", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return new HttpPlanSource(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/plan"), json);
    }
}
