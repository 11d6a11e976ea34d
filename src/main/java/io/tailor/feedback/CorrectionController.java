package io.tailor.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.config.FeatureFlags;
import io.tailor.phase.LearningPhases;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import io.tailor.web.ProblemType;
import java.time.Clock;
import java.util.UUID;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code PATCH /feedback/{feedback_id}}: change a report of today (done ↔ skipped, the rating). */
@RestController
// a UUID only, so /feedback/task keeps answering a PATCH with 405, not a 400 about the id
@RequestMapping(
        "/api/v1/feedback/{feedback_id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
@Tag(name = "Feedback")
class CorrectionController {

    private final CorrectionStatement statement;
    private final LearningPhases phases;
    private final FeatureFlags flags;
    private final Clock clock;

    CorrectionController(CorrectionStatement statement, LearningPhases phases, FeatureFlags flags, Clock clock) {
        this.statement = statement;
        this.phases = phases;
        this.flags = flags;
        this.clock = clock;
    }

    @PatchMapping
    @Operation(
            operationId = "correctFeedback",
            summary = "Correct a report of today",
            description = "Done or skipped, and the rating, of one of the user's reports of the current day in"
                    + " their time zone. The profile, the day's counts, the phase progress, the plan item and its"
                    + " logged decision move by the difference, once: the same correction again answers 200 and"
                    + " changes nothing. A report of another day is a 422; another user's (or none) a 404."
                    + " 503 when FEEDBACK_COLLECTION_ENABLED is false.")
    @ProblemStatuses({400, 403, 404, 422})
    CorrectedFeedback correct(
            @PathVariable("feedback_id") UUID feedbackId, @RequestBody FeedbackCorrection correction) {
        var problems = correction.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (!flags.feedbackCollectionEnabled()) {
            throw ApiException.disabled("FEEDBACK_COLLECTION_ENABLED");
        }
        Identity caller = CurrentIdentity.require();
        String userId = correction.userId() != null ? correction.userId() : caller.userId();
        if (caller.isService() && correction.userId() == null) {
            throw ApiException.invalid("user_id", "must be given by the service role: whose report it is");
        }
        if (!caller.canActFor(userId)) {
            throw ApiException.forbidden("You can correct only your own reports");
        }
        try {
            var corrected = statement.correct(
                    caller,
                    userId,
                    feedbackId,
                    correction.completed(),
                    correction.satisfactionRating(),
                    clock.instant(),
                    phases.sqlRules());
            if (corrected.changed()) {
                corrected.transitions().forEach(moved -> phases.countTransition(moved.to(), moved.cause()));
            }
            return CorrectedFeedback.from(corrected, FeedbackRecorder.celebration(corrected.transitions()));
        } catch (FeedbackStatement.Refused refused) {
            throw switch (refused.sqlState()) {
                case "TLC04" -> ApiException.notFound("No feedback '" + feedbackId + "' for user '" + userId + "'");
                case "TLC22" ->
                    ApiException.about(ProblemType.UNPROCESSABLE, "feedback_id", String.valueOf(refused.getMessage()));
                default -> new IllegalStateException("unexpected refusal " + refused.sqlState(), refused);
            };
        }
    }
}
