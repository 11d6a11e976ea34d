package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api;
import io.tailor.support.ServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With MANAGEMENT_SERVER_PORT and _ADDRESS set, scrapers read the actuator there without a token; the API port still wants one. */
class ManagementPortTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final int MANAGEMENT_PORT = freePort();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
        registry.add("management.server.address", () -> "127.0.0.1");
    }

    @Test
    void theSeparateManagementPortNeedsNoTokenButTheApiPortDoes() {
        assertThat(new Api(MANAGEMENT_PORT).get("/actuator/prometheus").status())
                .isEqualTo(200);
        assertThat(api().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api().get("/api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void errorsOnTheManagementPortAreProblemDocuments() throws Exception {
        for (String path : List.of("/actuator/nothing", "/actuator/health/db", "/error")) {
            HttpResponse<String> reply = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(path).isEqualTo(404);
            assertThat(reply.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(reply.body()).as(path).contains("\"status\":404");
        }
    }
}
