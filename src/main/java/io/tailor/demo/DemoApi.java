package io.tailor.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's own HTTP API as one user sees it: their token on every call, any answer but 2xx an error. */
final class DemoApi {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final URI base;
    private final String token;
    private final JsonMapper json;

    DemoApi(URI base, String token, JsonMapper json) {
        this.base = base;
        this.token = token;
        this.json = json;
    }

    JsonNode post(String path, Map<String, ?> body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    JsonNode send(String method, String path, Map<String, ?> body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Demo data: " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Demo data: " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data: interrupted", e);
        }
    }
}
