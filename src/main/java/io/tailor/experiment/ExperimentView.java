package io.tailor.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /experiments/{id}}: the definition, and each arm's users, planned items and results. */
@Schema(name = "Experiment")
record ExperimentView(
        String id,

        @Schema(allowableValues = {"running", "stopped"}) String status,

        OffsetDateTime createdAt,
        @Nullable OffsetDateTime stoppedAt,
        List<ArmView> arms) {

    static ExperimentView from(ExperimentStore.Stored experiment, List<ExperimentResults.ArmResult> results) {
        return new ExperimentView(
                experiment.id(),
                experiment.status(),
                utc(experiment.createdAt()),
                experiment.stoppedAt() == null ? null : utc(experiment.stoppedAt()),
                results.stream().map(ArmView::from).toList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Schema(name = "ExperimentArm")
    record ArmView(
            String name,
            ArmPolicy policy,
            double share,
            boolean learns,

            @Schema(description = "Users with a plan made under this arm")
            int users,

            @Schema(description = "Their plan items, replaced ones left out")
            long plannedItems,

            @Schema(description = "Done ÷ planned items reported or whose day has ended in the user's zone")
            ExperimentResults.Estimate completion,

            @Schema(description = "Mean satisfaction (1-5) of the rated done items")
            ExperimentResults.Estimate rating,

            @Schema(description = "Distinct variation groups planned per user and week (from Monday), mean")
            ExperimentResults.Estimate variety,

            @Schema(description = "Each metric minus the first arm's; absent on the first arm")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            ExperimentResults.@Nullable Metrics difference) {

        static ArmView from(ExperimentResults.ArmResult result) {
            Arm arm = result.arm();
            ExperimentResults.Metrics metrics = result.metrics();
            return new ArmView(
                    arm.name(),
                    arm.policy(),
                    arm.share(),
                    arm.learns(),
                    result.users(),
                    result.plannedItems(),
                    metrics.completion(),
                    metrics.rating(),
                    metrics.variety(),
                    result.difference());
        }
    }

    /** {@code GET /experiments}: the running experiment and the latest ones, without their results. */
    @Schema(name = "ExperimentList")
    record Listing(List<Summary> experiments) {}

    @Schema(name = "ExperimentSummary")
    record Summary(
            String id,

            @Schema(allowableValues = {"running", "stopped"})
            String status,

            OffsetDateTime createdAt,
            @Nullable OffsetDateTime stoppedAt,
            List<Arm> arms) {

        static Summary from(ExperimentStore.Stored experiment) {
            return new Summary(
                    experiment.id(),
                    experiment.status(),
                    utc(experiment.createdAt()),
                    experiment.stoppedAt() == null ? null : utc(experiment.stoppedAt()),
                    experiment.arms());
        }
    }
}
