package io.tailor.feedback;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.security.Identity;
import io.tailor.web.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code PATCH /feedback/{feedback_id}}: what the report should have said. A rating left out stays when
 * done/skipped does, and goes when it changes.
 */
@Schema(example = """
                {"completed": false}""")
record FeedbackCorrection(
        @Schema(description = "Done (true) or skipped (false); left out: as recorded") @Nullable
        Boolean completed,

        @Schema(
                minimum = "1",
                maximum = "5",
                description = "Left out: the recorded one if done/skipped stays as it was, else none")
        @Nullable
        Integer satisfactionRating,

        @Schema(
                pattern = "^[A-Za-z0-9._:@-]{1,128}$",
                description = "Whose report; default the caller. Required for the service role")
        @Nullable
        String userId) {

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(0);
        if (completed == null && satisfactionRating == null) {
            problems.add(new FieldProblem("completed", "give completed, satisfaction_rating or both"));
        }
        if (satisfactionRating != null && (satisfactionRating < 1 || satisfactionRating > 5)) {
            problems.add(new FieldProblem("satisfaction_rating", "must be between 1 and 5"));
        }
        if (userId != null && !Identity.isUserId(userId)) {
            problems.add(new FieldProblem("user_id", Identity.USER_ID_RULE));
        }
        return problems;
    }
}
