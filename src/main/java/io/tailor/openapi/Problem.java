package io.tailor.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.web.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The body of every error, as {@code web.Problems} builds it on Spring's {@code ProblemDetail}. */
@Schema(description = "An RFC 9457 problem document (application/problem+json)")
record Problem(
        @Schema(
                description = "The kind of problem, one stable URI each",
                example = "https://tailor.example/problems/invalid-input")
        URI type,

        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,

        @Schema(example = "satisfaction_rating: must be less than or equal to 5")
        String detail,

        @Schema(description = "The request path, for errors answered by the API's handlers") @Nullable
        URI instance,

        @Schema(description = "Each bad field, for invalid input") @Nullable
        List<FieldProblem> errors,

        @Schema(description = "For a plan item already reported: the feedback that reported it") @Nullable
        UUID feedbackId) {}
