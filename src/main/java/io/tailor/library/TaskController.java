package io.tailor.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The task library")
class TaskController {

    private static final int MAX_LIMIT = 100;

    private final TaskSearch search;

    TaskController(TaskSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(
            operationId = "listTasks",
            summary = "The library, filtered and scored",
            description = "With archetype and mode (both or neither) each task has a score, best first;"
                    + " with user_id, the variation groups used in the rotation window are left out.")
    @ProblemStatuses({400, 404})
    TaskList list(
            @Parameter(schema = @Schema(implementation = Category.class)) @RequestParam(required = false) @Nullable
                    String category,
            @Parameter(schema = @Schema(implementation = Archetype.class)) @RequestParam(required = false) @Nullable
                    String archetype,
            @Parameter(schema = @Schema(implementation = EnergyMode.class)) @RequestParam(required = false) @Nullable
                    String mode,
            @RequestParam(name = "user_id", required = false) @Nullable String userId,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "100"))
                    @RequestParam(required = false)
                    @Nullable
                    Integer limit) {
        if ((archetype == null) != (mode == null)) {
            throw ApiException.invalid(
                    archetype == null ? "archetype" : "mode",
                    "is required together with " + (archetype == null ? "mode" : "archetype"));
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (userId != null && !CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.notFound("No user '" + userId + "'");
        }
        var query = new TaskSearch.Query(
                Optional.ofNullable(category)
                        .map(value -> Named.parse(Category.class, "category", value, ApiException::invalid)),
                Optional.ofNullable(archetype)
                        .map(value -> Named.parse(Archetype.class, "archetype", value, ApiException::invalid)),
                Optional.ofNullable(mode)
                        .map(value -> Named.parse(EnergyMode.class, "mode", value, ApiException::invalid)),
                Optional.ofNullable(userId),
                limit == null ? MAX_LIMIT : limit);
        return search.find(query);
    }

    record TaskList(List<TaskView> tasks, int count, List<String> excludedVariationGroups) {}
}
