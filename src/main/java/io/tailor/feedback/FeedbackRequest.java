package io.tailor.feedback;

import io.tailor.security.Identity;
import io.tailor.web.FieldProblem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seed's feedback body, plus the optional links, event time and notes. Checked by {@link #problems}
 * rather than Bean Validation: this is the hottest request, and reflective validation with regular
 * expressions was a visible share of its CPU. The messages are Bean Validation's.
 */
record FeedbackRequest(
        String userId,
        String taskName,
        String category,
        Boolean completed,
        @Nullable Integer satisfactionRating,
        @Nullable String taskLibraryId,
        @Nullable UUID planItemId,
        @Nullable OffsetDateTime occurredAt,
        @Nullable String notes) {

    static final String NUL_MESSAGE = "must not contain NUL characters";

    /** Every bad field, empty when the request is valid. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(0);
        if (userId == null) {
            problems.add(new FieldProblem("user_id", "must not be null"));
        } else if (!Identity.isUserId(userId)) {
            problems.add(new FieldProblem("user_id", "must be 1-128 characters of [A-Za-z0-9._:@-]"));
        }
        if (taskName == null || taskName.isBlank()) {
            problems.add(new FieldProblem("task_name", "must not be blank"));
        }
        text(problems, "task_name", taskName, 0, 200);
        if (category == null) {
            problems.add(new FieldProblem("category", "must not be null"));
        }
        if (completed == null) {
            problems.add(new FieldProblem("completed", "must not be null"));
        }
        if (satisfactionRating != null && satisfactionRating < 1) {
            problems.add(new FieldProblem("satisfaction_rating", "must be greater than or equal to 1"));
        }
        if (satisfactionRating != null && satisfactionRating > 5) {
            problems.add(new FieldProblem("satisfaction_rating", "must be less than or equal to 5"));
        }
        text(problems, "task_library_id", taskLibraryId, 1, 60);
        text(problems, "notes", notes, 0, 1000);
        return problems;
    }

    /** A length in UTF-16 units, as {@code @Size} counts, and no NUL (PostgreSQL text cannot hold one). */
    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value.length() < min || value.length() > max) {
            problems.add(new FieldProblem(field, "size must be between " + min + " and " + max));
        }
        if (value.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, NUL_MESSAGE));
        }
    }
}
