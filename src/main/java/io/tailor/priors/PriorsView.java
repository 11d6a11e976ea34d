package io.tailor.priors;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.selection.TaskPrior;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** What a count of the pooled priors counted: numbers only, never a user. */
@Schema(name = "PooledPriorsRefresh")
record PriorsView(
        @Schema(description = "When the count was taken") OffsetDateTime refreshedAt,
        @Schema(description = "First plan day counted") LocalDate windowFrom,
        @Schema(description = "Last plan day counted") LocalDate windowTo,

        @Schema(description = "The fewest users a cell needs to be kept (TAILOR_PRIORS_MIN_USERS)")
        int minUsers,

        @Schema(description = "Users whose outcomes were counted")
        int users,

        @Schema(description = "Planned tasks with an outcome counted")
        long outcomes,

        @Schema(description = "Cells kept, per cohort") Cells cells,

        @Schema(description = "Cells left out for having fewer users than min_users")
        int cellsWithheld) {

    static PriorsView of(PooledPriorsSource.Refreshed refreshed) {
        PriorsStore.Counted counted = refreshed.counted();
        var byCohort = refreshed.cellsByCohort();
        long everyone = Objects.requireNonNull(byCohort.get(TaskPrior.Cohort.EVERYONE));
        long archetype = Objects.requireNonNull(byCohort.get(TaskPrior.Cohort.ARCHETYPE));
        long both = Objects.requireNonNull(byCohort.get(TaskPrior.Cohort.ARCHETYPE_AND_MODE));
        return new PriorsView(
                refreshed.at().atOffset(ZoneOffset.UTC),
                counted.from(),
                counted.to(),
                refreshed.minUsers(),
                counted.users(),
                counted.outcomes(),
                new Cells(everyone, archetype, both),
                counted.allCells() - refreshed.priors().size());
    }

    /** Kept cells: per task over everyone, per task and archetype, per task, archetype and energy mode. */
    record Cells(long everyone, long archetype, long archetypeAndMode) {}
}
