package io.tailor.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The probes and the metrics in the description too: the actuator serves them, not a controller of ours,
 * so SpringDoc would not list them, yet an orchestrator and a scraper are clients of this service as well.
 */
final class ActuatorPaths implements OpenApiCustomizer {

    private static final String TAG = "Operations";
    private static final String ACTUATOR_JSON = "application/vnd.spring-boot.actuator.v3+json";

    @Override
    public void customise(OpenAPI api) {
        api.path(
                "/actuator/health/liveness",
                probe(
                        "liveness",
                        "UP while the process runs; DOWN (503) once the embedded PostgreSQL it started has exited"));
        api.path(
                "/actuator/health/readiness",
                probe(
                        "readiness",
                        "UP while the database answers the probes' own connections, however busy the request pool;"
                                + " DOWN (503) when it does not answer within the health timeout, and from the moment"
                                + " a graceful shutdown begins"));
        api.path(
                "/actuator/prometheus",
                new PathItem()
                        .get(new Operation()
                                .operationId("prometheus")
                                .addTagsItem(TAG)
                                .summary("Metrics in the Prometheus text format (service role, or no token on a"
                                        + " separate management port and address)")
                                .responses(new ApiResponses()
                                        .addApiResponse(
                                                "200",
                                                new ApiResponse()
                                                        .description("The metrics")
                                                        .content(new Content()
                                                                .addMediaType(
                                                                        "text/plain",
                                                                        new MediaType().schema(new StringSchema()))))
                                        .addApiResponse("401", problem("A missing or invalid token"))
                                        .addApiResponse("403", problem("A token without the service role")))));
    }

    private static PathItem probe(String name, String description) {
        Schema<?> status = new ObjectSchema()
                .addProperty("status", new StringSchema()._enum(List.of("UP", "DOWN", "OUT_OF_SERVICE")))
                .addRequiredItem("status");
        Content content = new Content()
                .addMediaType(ACTUATOR_JSON, new MediaType().schema(status))
                .addMediaType("application/json", new MediaType().schema(status));
        return new PathItem()
                .get(new Operation()
                        .operationId(name)
                        .addTagsItem(TAG)
                        .summary("The " + name + " probe; no token needed")
                        .description(description)
                        .security(List.of())
                        .responses(new ApiResponses()
                                .addApiResponse(
                                        "200",
                                        new ApiResponse().description("UP").content(content))
                                .addApiResponse(
                                        "503",
                                        new ApiResponse().description("DOWN").content(content))));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
