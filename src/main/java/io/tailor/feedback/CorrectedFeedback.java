package io.tailor.feedback;

import static io.tailor.database.JsonRows.instant;
import static io.tailor.database.JsonRows.nullableText;
import static io.tailor.database.JsonRows.text;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Category;
import io.tailor.phase.Transition;
import io.tailor.profile.LearningPhase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The 200 reply to a correction: the report as it now stands, and the phase after it. */
record CorrectedFeedback(
        UUID feedbackId,
        String userId,
        String taskName,
        Category category,
        @Nullable String taskLibraryId,
        @Nullable UUID planItemId,
        boolean completed,
        @Nullable Integer satisfactionRating,
        OffsetDateTime occurredAt,

        @Schema(description = "The day it counts for, in the user's time zone")
        LocalDate localDate,

        LearningPhase learningPhase,
        boolean phaseChanged,
        Transition.@Nullable Celebration celebration) {

    static CorrectedFeedback from(
            CorrectionStatement.Corrected corrected, Transition.@Nullable Celebration celebration) {
        JsonNode row = corrected.feedback();
        String item = nullableText(row, "plan_item_id");
        return new CorrectedFeedback(
                UUID.fromString(text(row, "id")),
                text(row, "user_id"),
                text(row, "task_name"),
                Category.parse("category", text(row, "category")),
                nullableText(row, "task_library_id"),
                item == null ? null : UUID.fromString(item),
                row.get("completed").asBoolean(),
                row.hasNonNull("satisfaction_rating")
                        ? row.get("satisfaction_rating").asInt()
                        : null,
                instant(row.get("occurred_at")).atOffset(ZoneOffset.UTC),
                LocalDate.parse(text(row, "local_date")),
                corrected.phase(),
                celebration != null,
                celebration);
    }
}
