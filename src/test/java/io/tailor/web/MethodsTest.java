package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every method answered as RFC 9110 says, on the paths anyone may read. */
class MethodsTest extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> PUBLIC_READS = List.of(
            "/",
            "/admin",
            "/admin/",
            "/app/user.js",
            "/app/app.css",
            "/v3/api-docs",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/api/v1/feedback/health");

    @Test
    void headOnEveryPublicGetAnswersLikeGetWithoutABody() throws Exception {
        for (String path : PUBLIC_READS) {
            HttpResponse<String> get = send("GET", path);
            HttpResponse<String> head = send("HEAD", path);
            assertThat(get.statusCode()).as("GET " + path).isEqualTo(200);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
            assertThat(head.body()).as("HEAD " + path).isEmpty();
            assertThat(head.headers().firstValue("Content-Type"))
                    .as("HEAD " + path)
                    .isEqualTo(get.headers().firstValue("Content-Type"));
        }
    }

    @Test
    void optionsAnswersWithAllow() throws Exception {
        for (String path : List.of("/", "/app/user.js", "/api/v1/feedback/health", "/api/v1/feedback/task")) {
            HttpResponse<String> options = send("OPTIONS", path);
            assertThat(options.statusCode()).as("OPTIONS " + path).isIn(200, 204);
            assertThat(options.headers().firstValue("Allow"))
                    .as("OPTIONS " + path)
                    .isPresent();
        }
        assertThat(send("OPTIONS", "/api/v1/feedback/task").headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void aMethodThePathDoesNotTakeIs405WithAllowAndAnUnknownOneIs501() throws Exception {
        HttpResponse<String> delete = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/feedback/health"))
                        .DELETE()
                        .header("Authorization", "Bearer " + Tokens.user("methods-user"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(delete.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        for (String path : List.of("/", "/api/v1/feedback/health", "/api/v1/feedback/task")) {
            HttpResponse<String> unknown = send("BREW", path);
            assertThat(unknown.statusCode()).as("BREW " + path).isEqualTo(501);
            assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void theOperatorViewAnswersWithATrailingSlashToo() throws Exception {
        assertThat(send("GET", "/admin/").body())
                .isEqualTo(send("GET", "/admin").body());
    }

    @Test
    void errorAndAnUnknownHealthComponentAreProblemDocuments() throws Exception {
        for (String path : List.of("/error", "/actuator/health/db")) {
            HttpResponse<String> reply = send("GET", path);
            assertThat(reply.statusCode()).as(path).isEqualTo(404);
            assertThat(reply.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(reply.body()).as(path).contains("\"status\":404");
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
