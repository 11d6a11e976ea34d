package io.tailor.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.TimeOfDay;
import io.tailor.profile.LearningPhase;
import io.tailor.selection.WelcomeBack;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored daily plan as the API shows it. */
@Schema(name = "Plan")
record PlanView(
        UUID planId,
        String userId,
        LocalDate date,
        Archetype archetype,
        EnergyMode mode,
        PlanSource source,
        LearningPhase learningPhase,
        OffsetDateTime createdAt,

        @Schema(
                description = "The task library version the plan was made from; absent for plans made before"
                        + " versions were recorded")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Nullable
        String libraryVersion,

        List<Item> items,

        @Schema(description = "The experiment and arm the plan was made under; absent outside an experiment")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Nullable
        Experiment experiment,

        @Schema(
                description = "Present when the plan is the first after one or more missed days and leans on proven,"
                        + " shorter tasks for the return (the adaptive policy); absent otherwise")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Nullable
        Welcome welcomeBack) {

    @Schema(name = "PlanExperiment")
    record Experiment(String id, String arm) {}

    @Schema(name = "PlanWelcomeBack")
    record Welcome(
            @Schema(
                    description = "Whole days, in the user's zone, between the last report and the plan's"
                            + " date, minus one",
                    minimum = "1")
            int daysMissed,

            @Schema(description = "What the app shows above the plan")
            String message) {

        /** A plan made as a welcome back, or none ({@code daysMissed} null). */
        static @Nullable Welcome of(@Nullable Integer daysMissed) {
            return daysMissed == null ? null : new Welcome(daysMissed, WelcomeBack.message(daysMissed));
        }
    }

    @Schema(name = "PlanItem")
    record Item(
            UUID planItemId,
            int position,
            @Nullable String taskLibraryId,
            String taskName,
            Category category,
            @Nullable String variationGroup,
            TimeOfDay timeBlock,
            String reason,

            @Schema(allowableValues = {"pending", "done", "skipped"})
            String status,

            @Schema(
                    description = "The feedback that reported the item; null while pending."
                            + " PATCH /api/v1/feedback/{feedback_id} corrects it the same day")
            @Nullable
            UUID feedbackId,

            @Schema(description = "The rating recorded with the report, if any", minimum = "1", maximum = "5") @Nullable
            Integer satisfactionRating) {}
}
