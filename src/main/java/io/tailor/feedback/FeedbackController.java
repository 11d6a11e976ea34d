package io.tailor.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.config.FeatureFlags;
import io.tailor.library.Category;
import io.tailor.profile.Outcome;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
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
    ResponseEntity<FeedbackReply> record(
            @RequestBody FeedbackRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
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
        Category category = Category.parse("category", request.category());
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
