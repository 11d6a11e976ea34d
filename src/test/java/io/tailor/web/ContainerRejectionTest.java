package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.IntegrationTest;
import io.tailor.support.RawResponse;
import io.tailor.support.Tokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat, the firewall or the servlet error page refuse before a controller runs is a problem
 * document too. Written byte for byte on a socket, so that no client normalises the URL first; each
 * request would record a valid feedback if it got through.
 */
class ContainerRejectionTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FEEDBACK = "/api/v1/feedback/task";

    record Rejection(String name, String method, String path, String extraHeader, int status) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Rejection> rejections() {
        return List.of(
                new Rejection("a header over Tomcat's limit", "POST", FEEDBACK, "X-Padding: " + "a".repeat(9000), 400),
                new Rejection("an encoded slash", "POST", "/api/v1/feedback%2Ftask", "", 400),
                new Rejection("an encoded NUL", "POST", FEEDBACK + "%00", "", 400),
                new Rejection("a control character in the path", "POST", "/api/v1/feedback/ta\u0001sk", "", 400),
                new Rejection("a control character in a header", "POST", FEEDBACK, "X-Note: a\u0001b", 400),
                new Rejection("a semicolon", "POST", FEEDBACK + ";jsessionid=1", "", 400),
                new Rejection("an encoded dot segment", "POST", "/api/v1/x/%2e%2e/feedback/task", "", 400),
                new Rejection("a double slash", "POST", "/api/v1//feedback/task", "", 400),
                new Rejection("an encoded line break", "POST", FEEDBACK + "%0d%0a", "", 400),
                new Rejection("a UTF-8 header value", "POST", FEEDBACK, "Idempotency-Key: ключ", 400),
                new Rejection("TRACE", "TRACE", FEEDBACK, "", 405),
                new Rejection("an unsupported method", "PATCH", FEEDBACK, "", 405),
                new Rejection("an unknown method", "BREW", FEEDBACK, "", 501));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void isAProblemDocumentAndRecordsNothing(Rejection rejection) throws IOException {
        String user = "rejected-" + UUID.randomUUID();
        long before = storedRows();

        RawResponse response = send(rejection, user);

        assertThat(response.status()).as(response.body()).isEqualTo(rejection.status());
        assertThat(response.headers().get("Content-Type"))
                .singleElement()
                .asString()
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(rejection.status());
        assertThat(problem.get("type").asString()).startsWith("https://tailor.example/problems/");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(storedRows()).isEqualTo(before);
    }

    private RawResponse send(Rejection rejection, String user) throws IOException {
        byte[] body = """
                {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true}""".formatted(user).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(rejection.method() + " " + rejection.path() + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("Authorization: Bearer ")
                .append(Tokens.user(user))
                .append("\r\nContent-Type: application/json\r\n");
        if (!rejection.extraHeader().isEmpty()) {
            head.append(rejection.extraHeader()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return RawResponse.read(socket.getInputStream());
        }
    }

    private long storedRows() {
        return sql.asService(connection -> {
            try (var rows = connection
                    .createStatement()
                    .executeQuery("select (select count(*) from user_task_feedback)"
                            + " + (select count(*) from feedback_idempotency)"
                            + " + (select count(*) from user_preference_profile)")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
