package io.tailor.feedback;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Category;
import io.tailor.security.Identity;
import io.tailor.web.FieldProblem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seed's feedback body, plus the optional links, event time and notes. With a {@code plan_item_id}
 * the task's name and category may be left out: the item says what it is. Checked by {@link #problems}
 * rather than Bean Validation: this is the hottest request, and reflective validation with regular
 * expressions was a visible share of its CPU. The messages are Bean Validation's. {@code user_id} and
 * {@code completed} are required, so not {@code @Nullable} (the published schema is read from these
 * annotations), yet Jackson binds null for a body that leaves them out: {@link #problems} checks them
 * before anything reads them.
 */
@Schema(example = """
                {"user_id": "test-user-123", "task_name": "Morning Lemon Water", "category": "hydration",
                 "completed": true, "satisfaction_rating": 5}""")
record FeedbackRequest(
        @Schema(pattern = "^[A-Za-z0-9._:@-]{1,128}$") String userId,

        @Schema(
                description = "Matched to the library trimmed and ignoring case; a name not in the library"
                        + " counts for its category only. May be left out with a plan_item_id",
                minLength = 1,
                maxLength = 200)
        @Nullable
        String taskName,

        @Schema(implementation = Category.class, description = "May be left out with a plan_item_id") @Nullable
        String category,

        Boolean completed,
        @Schema(minimum = "1", maximum = "5") @Nullable Integer satisfactionRating,

        @Schema(description = "Must exist and match the category, else 422", minLength = 1, maxLength = 60) @Nullable
        String taskLibraryId,

        @Schema(
                description = "The plan item this is about (reported once: a second feedback is a 409); its"
                        + " status becomes done or skipped, and its task, category and library id are the"
                        + " feedback's (given ones must agree, else 422)")
        @Nullable
        UUID planItemId,

        @Schema(description = "When it was done or skipped: at most 5 minutes ahead, 30 days back; default now")
        @Nullable
        OffsetDateTime occurredAt,

        @Schema(maxLength = 1000) @Nullable String notes) {

    /** Every bad field, empty when the request is valid. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(0);
        if (userId == null) {
            problems.add(new FieldProblem("user_id", "must not be null"));
        } else if (!Identity.isUserId(userId)) {
            problems.add(new FieldProblem("user_id", Identity.USER_ID_RULE));
        }
        if (taskName == null ? planItemId == null : taskName.isBlank()) {
            problems.add(new FieldProblem("task_name", "must not be blank"));
        }
        text(problems, "task_name", taskName, 0, 200);
        if (planItemId == null && category == null) {
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

    /**
     * A length in code points, as JSON Schema's {@code maxLength} counts (an emoji is one, not two UTF-16
     * units). A NUL never gets here: every JSON string is refused with one ({@code web.StrictJson}).
     */
    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int min, int max) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            problems.add(new FieldProblem(field, "size must be between " + min + " and " + max));
        }
    }
}
