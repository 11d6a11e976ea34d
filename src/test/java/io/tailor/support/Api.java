package io.tailor.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    public Reply patch(String path, String token, String json) {
        return send(
                "PATCH", path, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), json);
    }

    public Reply send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder, body);
    }

    /**
     * The request written byte for byte on a socket, header values as UTF-8: {@link HttpClient} sends
     * header values as ASCII only, and bodies as the bytes given, valid UTF-8 or not.
     */
    public Reply sendRaw(String method, String path, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        URI uri = URI.create(baseUrl + path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            RawResponse response = RawResponse.read(socket.getInputStream());
            ApiContract.check(new ApiContract.Exchange(
                    method,
                    uri,
                    Map.of(),
                    new String(body, StandardCharsets.UTF_8),
                    response.status(),
                    response.headers(),
                    response.body()));
            return new Reply(
                    response.status(),
                    response.headers().getOrDefault("Content-Type", List.of("")).get(0),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
