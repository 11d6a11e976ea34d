package io.tailor.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running test server. Every exchange is held to the OpenAPI description the
 * server serves ({@link ApiContract}).
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET(), "");
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), "");
    }

    public Reply post(String path, String token, String json) {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public Reply send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder, body);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder builder, String body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(new ApiContract.Exchange(
                    request.method(),
                    request.uri(),
                    request.headers().map(),
                    body,
                    response.statusCode(),
                    response.headers().map(),
                    response.body()));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
