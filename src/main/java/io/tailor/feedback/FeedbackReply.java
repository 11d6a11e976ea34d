package io.tailor.feedback;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.phase.Transition;
import io.tailor.profile.LearningPhase;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seed's 201 reply, plus the user's learning phase after this feedback and, when this feedback
 * moved the user on, the celebration to show at once, and the library task it counted for.
 */
@Schema(example = """
                {"feedback_id": "5f0c2b1e-8d4a-4c1e-9f1a-2b3c4d5e6f70", "status": "success",
                 "message": "Feedback recorded and preferences updated", "learning_phase": "discovery",
                 "phase_changed": false, "celebration": null,
                 "matched_task_library_id": "hydration-morning-lemon-water"}""")
record FeedbackReply(
        UUID feedbackId,
        @Schema(allowableValues = "success") String status,
        String message,
        LearningPhase learningPhase,
        boolean phaseChanged,
        Transition.@Nullable Celebration celebration,

        @Schema(
                description = "The library task this feedback counted for: the one named by id, by the plan"
                        + " item, or by name (trimmed, ignoring case); null when the name matched none")
        @Nullable
        String matchedTaskLibraryId) {

    static FeedbackReply recorded(
            UUID feedbackId,
            LearningPhase phase,
            Transition.@Nullable Celebration celebration,
            @Nullable String matchedTaskLibraryId) {
        return new FeedbackReply(
                feedbackId,
                "success",
                "Feedback recorded and preferences updated",
                phase,
                celebration != null,
                celebration,
                matchedTaskLibraryId);
    }
}
