package io.tailor.feedback;

import io.tailor.profile.LearningPhase;
import java.util.UUID;

/** The seed's 201 reply, plus the user's learning phase after this feedback. */
record FeedbackReply(UUID feedbackId, String status, String message, LearningPhase learningPhase) {

    static FeedbackReply recorded(UUID feedbackId, LearningPhase phase) {
        return new FeedbackReply(feedbackId, "success", "Feedback recorded and preferences updated", phase);
    }
}
