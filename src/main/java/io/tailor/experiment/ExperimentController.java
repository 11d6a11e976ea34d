package io.tailor.experiment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Experiments with a holdout (service role): start one, read its arms' results, stop it. */
@RestController
@RequestMapping("/api/v1/experiments")
@Tag(name = "Experiments", description = "Arms served by named policies, users split by a stable hash")
class ExperimentController {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ExperimentRuns runs;

    ExperimentController(ExperimentRuns runs) {
        this.runs = runs;
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "startExperiment",
            summary = "Start an experiment (service role)",
            description = "Every plan made while it runs, whatever its date, is served by the user's arm: a hash of"
                    + " experiment and user picks it by the arms' cumulative shares. One experiment runs at a"
                    + " time; the same definition again is 200, another definition or a second experiment 409.")
    @ApiResponse(responseCode = "201", description = "Started")
    @ApiResponse(responseCode = "200", description = "Already running with these arms")
    @ProblemStatuses({403, 409})
    ResponseEntity<ExperimentView> start(
            @Parameter(schema = @Schema(pattern = "^[A-Za-z0-9._-]{1,64}$")) @PathVariable String id,
            @Valid @RequestBody ExperimentRequest request) {
        requireService();
        ExperimentRuns.Started started = runs.start(validId(id), request.toArms());
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(started.experiment());
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getExperiment",
            summary = "An experiment and its arms' results (service role)",
            description = "Per arm: users, planned items, completion, rating and variety with 95% intervals, and"
                    + " for every arm after the first the difference to the first.")
    @ProblemStatuses({400, 403, 404})
    ExperimentView read(@Parameter(schema = @Schema(pattern = "^[A-Za-z0-9._-]{1,64}$")) @PathVariable String id) {
        requireService();
        return runs.find(validId(id)).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/stop")
    @Operation(
            operationId = "stopExperiment",
            summary = "Stop an experiment (service role)",
            description = "Plans made from now on are served by the default policy again; the results stay.")
    @ProblemStatuses({400, 403, 404})
    ExperimentView stop(@Parameter(schema = @Schema(pattern = "^[A-Za-z0-9._-]{1,64}$")) @PathVariable String id) {
        requireService();
        return runs.stop(validId(id)).orElseThrow(() -> notFound(id));
    }

    @GetMapping
    @Operation(
            operationId = "listExperiments",
            summary = "The running experiment and the latest ones (service role)",
            description = "Their definitions, the running one first; read one for its results.")
    @ProblemStatuses(403)
    ExperimentView.Listing list() {
        requireService();
        return new ExperimentView.Listing(
                runs.recent().stream().map(ExperimentView.Summary::from).toList());
    }

    private static void requireService() {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Experiments span all users: they need the service role");
        }
    }

    private static String validId(String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.invalid("id", ExperimentRequest.NAME_RULE);
        }
        return id;
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No experiment '" + id + "'");
    }
}
