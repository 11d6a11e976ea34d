package io.tailor.feedback;

import io.tailor.phase.Transition;
import io.tailor.profile.LearningPhase;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seed's 201 reply, plus the user's learning phase after this feedback and, when this feedback
 * moved the user on, the celebration to show at once.
 */
record FeedbackReply(
        UUID feedbackId,
        String status,
        String message,
        LearningPhase learningPhase,
        boolean phaseChanged,
        Transition.@Nullable Celebration celebration) {

    static FeedbackReply recorded(UUID feedbackId, LearningPhase phase, Transition.@Nullable Celebration celebration) {
        return new FeedbackReply(
                feedbackId,
                "success",
                "Feedback recorded and preferences updated",
                phase,
                celebration != null,
                celebration);
    }
}
