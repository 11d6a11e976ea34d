package io.tailor.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /plans}: whose plan, for which archetype and energy, which day and categories. */
record PlanRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}", message = "must be 1-128 characters of [A-Za-z0-9._:@-]")
                String userId,
        @NotNull String archetype,
        @NotNull String mode,
        @Nullable LocalDate date,
        @Nullable List<String> categories,
        @Nullable Boolean regenerate) {}
