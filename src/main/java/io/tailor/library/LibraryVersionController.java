package io.tailor.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.FieldProblem;
import io.tailor.web.ProblemStatuses;
import io.tailor.web.ProblemType;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The task library's versions (service role): list, read, store, activate (or roll back to), compare. */
@RestController
@RequestMapping("/api/v1/library/versions")
@Tag(name = "Library versions", description = "The task library as versioned documents, one of them active")
class LibraryVersionController {

    private static final String VERSION_SCHEMA = "^v[1-9][0-9]{0,5}$";

    private final LibraryVersions versions;

    LibraryVersionController(LibraryVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    @Operation(
            operationId = "listLibraryVersions",
            summary = "Every stored version, newest first (service role)",
            description = "Each with its note, when it was stored, how many tasks it has and whether it is the"
                    + " active one; the documents themselves are read one at a time.")
    @ProblemStatuses(403)
    Listing list() {
        requireService();
        return new Listing(versions.list());
    }

    @GetMapping("/{version}")
    @Operation(
            operationId = "getLibraryVersion",
            summary = "A version's document, as it was posted (service role)",
            description = "The whole document, {version, note, tasks}, each task in the shape GET /api/v1/tasks"
                    + " returns, so it can be edited and posted again under a new name.")
    @ProblemStatuses({400, 403, 404})
    LibraryVersion.Document read(@Parameter(schema = @Schema(pattern = VERSION_SCHEMA)) @PathVariable String version) {
        requireService();
        return versions.find(valid(version))
                .orElseThrow(() -> problem(VersionRefused.notFound(version)))
                .document();
    }

    @PostMapping
    @Operation(
            operationId = "storeLibraryVersion",
            summary = "Store a new version (service role)",
            description = "Checked whole: a 400 lists every problem with its field. A name that exists is a 409; a"
                    + " task id whose category or variation group differs from an earlier version's is a 422. The"
                    + " version is stored, not yet active.")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ProblemStatuses({400, 403, 409, 422})
    ResponseEntity<LibraryVersions.Summary> store(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = LibraryVersion.Document.class)))
                    @RequestBody
                    JsonNode document) {
        requireService();
        LibraryRules.Checked checked = LibraryRules.check(document);
        LibraryVersion version = checked.version();
        if (version == null) {
            throw ApiException.invalid(fields(checked.problems()));
        }
        LibraryVersions.Summary stored = answered(() -> versions.store(version));
        return ResponseEntity.created(URI.create("/api/v1/library/versions/" + stored.version()))
                .body(stored);
    }

    @PostMapping("/{version}/activate")
    @Operation(
            operationId = "activateLibraryVersion",
            summary = "Make a version the active library (service role)",
            description = "Plans, GET /tasks and the health check use it at once on this instance and within"
                    + " TAILOR_LIBRARY_CACHE_TTL on the others. Activating an earlier version is the rollback.")
    @ProblemStatuses({400, 403, 404})
    LibraryVersions.Summary activate(
            @Parameter(schema = @Schema(pattern = VERSION_SCHEMA)) @PathVariable String version) {
        requireService();
        return answered(() -> versions.activate(valid(version)));
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(
            operationId = "diffLibraryVersions",
            summary = "What changes from one version to another (service role)",
            description = "Tasks added (active in the second only), retired (active in the first only) and"
                    + " changed, field by field.")
    @ProblemStatuses({400, 403, 404})
    LibraryDiff diff(
            @Parameter(schema = @Schema(pattern = VERSION_SCHEMA)) @PathVariable String from,
            @Parameter(schema = @Schema(pattern = VERSION_SCHEMA)) @PathVariable String to) {
        requireService();
        return answered(() -> versions.diff(valid(from), valid(to)));
    }

    /** The service's answer, or the problem a refusal of the stored versions is. */
    private static <T> T answered(Supplier<T> call) {
        try {
            return call.get();
        } catch (VersionRefused refused) {
            throw problem(refused);
        }
    }

    private static ApiException problem(VersionRefused refused) {
        ProblemType type = switch (refused.why()) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case NAME_TAKEN -> ProblemType.CONFLICT;
            case MEANING_CHANGED -> ProblemType.UNPROCESSABLE;
        };
        return new ApiException(type, refused.detail(), fields(refused.problems()));
    }

    private static List<FieldProblem> fields(List<LibraryRules.Problem> problems) {
        return problems.stream()
                .map(problem -> new FieldProblem(problem.field(), problem.message()))
                .toList();
    }

    private static void requireService() {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("The task library is the operators': its versions need the service role");
        }
    }

    private static String valid(String version) {
        if (!LibraryRules.VERSION.matcher(version).matches()) {
            throw ApiException.invalid("version", LibraryRules.VERSION_RULE);
        }
        return version;
    }

    record Listing(List<LibraryVersions.Summary> versions) {}
}
