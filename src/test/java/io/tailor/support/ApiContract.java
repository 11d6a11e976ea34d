package io.tailor.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every exchange that goes through {@link Api} to the OpenAPI description that the service under
 * test serves, fetched once per service, so that the description cannot drift from what the API does.
 * Every response must be one the description lists, body and headers alike. A request answered 4xx was
 * refused, often on purpose, so only its response is held to the description; every other request must
 * be one the description allows. A path or method the description lacks must be answered 404 or 405.
 * Paths outside {@code /api/} (the actuator, the description itself) are not in the description.
 */
public final class ApiContract {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final Set<String> NOT_DESCRIBED =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private ApiContract() {}

    /** One request and its response, as sent and received. */
    public record Exchange(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            String responseBody) {

        boolean refused() {
            return status >= 400 && status < 500;
        }

        /** JSON Lines, where an empty body is a stream of no lines rather than a missing one. */
        boolean isJsonLines() {
            return responseHeaders.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                    .flatMap(header -> header.getValue().stream())
                    .anyMatch(type -> type.startsWith("application/x-ndjson"));
        }
    }

    /** Throws an {@link AssertionError} naming every way the exchange departs from the description. */
    public static void check(Exchange exchange) {
        if (!exchange.uri().getPath().startsWith("/api/")) {
            return;
        }
        URI uri = exchange.uri();
        OpenApiInteractionValidator validator =
                VALIDATORS.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(), ApiContract::validatorFor);
        ValidationReport report = exchange.refused()
                ? validator.validateResponse(
                        uri.getRawPath(), Request.Method.valueOf(exchange.method()), response(exchange))
                : validator.validate(request(exchange), response(exchange));
        boolean undescribedAndRefused = (exchange.status() == 404 || exchange.status() == 405)
                && report.getMessages().stream().allMatch(message -> NOT_DESCRIBED.contains(message.getKey()));
        boolean noLines = exchange.isJsonLines()
                && exchange.responseBody().isEmpty()
                && report.getMessages().stream()
                        .allMatch(message -> message.getKey().equals("validation.response.body.missing"));
        if (report.hasErrors() && !undescribedAndRefused && !noLines) {
            throw new AssertionError("%s %s answered %d, which the OpenAPI description does not allow:%n%s%n%s"
                    .formatted(
                            exchange.method(),
                            uri.getRawPath(),
                            exchange.status(),
                            SimpleValidationReportFormat.getInstance().apply(report),
                            exchange.responseBody()));
        }
    }

    private static OpenApiInteractionValidator validatorFor(String baseUrl) {
        HttpRequest get =
                HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build();
        try {
            String description =
                    CLIENT.send(get, HttpResponse.BodyHandlers.ofString()).body();
            return OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.of(description))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SimpleRequest request(Exchange exchange) {
        URI uri = exchange.uri();
        var builder = new SimpleRequest.Builder(exchange.method(), uri.getRawPath());
        exchange.requestHeaders().forEach(builder::withHeader);
        if (!exchange.requestBody().isEmpty()) {
            builder.withBody(exchange.requestBody());
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                builder.withQueryParam(decode(parts[0]), parts.length == 2 ? decode(parts[1]) : "");
            }
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        var builder = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (!exchange.responseBody().isEmpty()) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
