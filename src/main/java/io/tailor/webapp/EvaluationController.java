package io.tailor.webapp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The offline evaluation's chart for the operator view, once {@code simulate} has drawn one. */
@RestController
@Tag(name = "Web app")
class EvaluationController {

    static final String CHART = "completion.svg";
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final EvaluationSettings settings;

    EvaluationController(EvaluationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/evaluation/completion.svg")
    @Operation(
            operationId = "getEvaluationChart",
            summary = "The offline evaluation's completion chart (service role)",
            description = "The SVG that java -jar tailor.jar simulate wrote to TAILOR_EVALUATION_DIR (default"
                    + " target/simulation); 404 until one has been produced.")
    @ApiResponse(
            responseCode = "200",
            description = "The chart",
            content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
    @ProblemStatuses({403, 404})
    ResponseEntity<byte[]> chart() {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("The evaluation chart is for operators: it needs the service role");
        }
        Path chart = settings.dir().resolve(CHART);
        if (!Files.isRegularFile(chart)) {
            throw ApiException.notFound("No offline evaluation yet: run java -jar tailor.jar simulate");
        }
        try {
            return ResponseEntity.ok().contentType(SVG).body(Files.readAllBytes(chart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
