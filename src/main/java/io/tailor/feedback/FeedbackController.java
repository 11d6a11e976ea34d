package io.tailor.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.config.FeatureFlags;
import io.tailor.library.Category;
import io.tailor.library.Named;
import io.tailor.profile.Outcome;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /feedback/task}: the seed's feedback endpoint, idempotent with an {@code Idempotency-Key}. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Task feedback, what the profile learns from")
class FeedbackController {

    private static final int MAX_KEY_LENGTH = 255;

    private final FeedbackRecorder recorder;
    private final FeatureFlags flags;
    private final Clock clock;
    private final Counter recordedDone;
    private final Counter recordedSkipped;

    FeedbackController(FeedbackRecorder recorder, FeatureFlags flags, Clock clock, MeterRegistry meters) {
        this.recorder = recorder;
        this.flags = flags;
        this.clock = clock;
        // registered once: a registry lookup per request was measurable
        this.recordedDone = meters.counter("tailor.feedback.recorded", "completed", "true");
        this.recordedSkipped = meters.counter("tailor.feedback.recorded", "completed", "false");
    }

    @PostMapping("/task")
    @Operation(
            operationId = "recordFeedback",
            summary = "Record one task's feedback",
            description = "The event, the day's counts, the profile and any phase change are written together."
                    + " A plan item takes one feedback: a second is a 409 naming the first (feedback_id);"
                    + " fields that contradict the item are a 422; another user's item is a 404."
                    + " 503 when FEEDBACK_COLLECTION_ENABLED is false.")
    @ApiResponse(
            responseCode = "201",
            description = "Recorded, or the first reply again for a retried Idempotency-Key",
            headers = @Header(name = "Idempotent-Replayed", required = true, schema = @Schema(type = "boolean")))
    @ProblemStatuses({403, 404, 409, 422})
    ResponseEntity<FeedbackReply> record(
            @RequestBody FeedbackRequest request,
            @Parameter(
                            description = "A retry with the same key and body within 24 hours gets the first reply"
                                    + " and records nothing; the same key with another body is a 422",
                            schema = @Schema(minLength = 1, maxLength = MAX_KEY_LENGTH))
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        var problems = request.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (!flags.feedbackCollectionEnabled()) {
            throw ApiException.disabled("FEEDBACK_COLLECTION_ENABLED");
        }
        var caller = CurrentIdentity.require();
        if (!caller.canActFor(request.userId())) {
            throw ApiException.forbidden("You can record feedback only for yourself");
        }
        var recorded = recorder.record(caller, validate(request), key(idempotencyKey));
        if (!recorded.replayed()) {
            (request.completed() ? recordedDone : recordedSkipped).increment();
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(recorded.replayed()))
                .body(recorded.reply());
    }

    private FeedbackRecorder.ValidFeedback validate(FeedbackRequest request) {
        Category category = request.category() == null
                ? null
                : Named.parse(Category.class, "category", request.category(), ApiException::invalid);
        Instant now = clock.instant();
        Instant occurredAt =
                request.occurredAt() == null ? now : request.occurredAt().toInstant();
        return new FeedbackRecorder.ValidFeedback(
                request, category, new Outcome(request.completed(), request.satisfactionRating(), occurredAt));
    }

    private static Optional<String> key(@Nullable String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isBlank() || header.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid("Idempotency-Key", "must be 1-" + MAX_KEY_LENGTH + " characters");
        }
        return Optional.of(header);
    }
}
