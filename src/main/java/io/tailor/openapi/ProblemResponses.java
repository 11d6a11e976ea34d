package io.tailor.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.tailor.web.ProblemStatuses;
import io.tailor.web.ProblemType;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives each operation the problem responses it can answer: those its handler names with
 * {@link ProblemStatuses}, and the shared ones where they apply. Each status is one response component
 * whose description lists the problem types of that status, from {@link ProblemType} itself.
 */
final class ProblemResponses implements GlobalOperationComponentsCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        return operation;
    }

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handler) {
        for (int status : statuses(operation, handler)) {
            String code = String.valueOf(status);
            if (!operation.getResponses().containsKey(code)) {
                String name = name(status);
                components.addResponses(name, response(status, components));
                operation.getResponses().addApiResponse(code, new ApiResponse().$ref(name));
            }
        }
        return operation;
    }

    private static Set<Integer> statuses(Operation operation, HandlerMethod handler) {
        Set<Integer> statuses = new TreeSet<>();
        ProblemStatuses declared = handler.getMethodAnnotation(ProblemStatuses.class);
        if (declared != null) {
            Arrays.stream(declared.value()).forEach(statuses::add);
        }
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            statuses.add(401);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(Set.of(413, 415));
        }
        // any operation: a URL or header that Tomcat or the firewall refuses before the handler runs
        statuses.add(400);
        statuses.add(503);
        return statuses;
    }

    private static ApiResponse response(int status, Components components) {
        Schema<?> problem =
                SpringDocAnnotationsUtils.extractSchema(components, Problem.class, null, null, SpecVersion.V31);
        return new ApiResponse()
                .description(description(status))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)));
    }

    /** The problem types of this status, by title and type URI. */
    private static String description(int status) {
        String types = Arrays.stream(ProblemType.values())
                .filter(type -> type.status().value() == status)
                .map(type -> type.title() + " (`" + type.type() + "`)")
                .collect(Collectors.joining(", "));
        return types.isEmpty() ? HttpStatus.valueOf(status).getReasonPhrase() : types;
    }

    /** {@code ContentTooLarge} for 413: the reason phrase without spaces. */
    private static String name(int status) {
        return HttpStatus.valueOf(status).getReasonPhrase().replace(" ", "");
    }
}
