package io.tailor.plan;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.security.Identity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /plans}: whose plan, for which archetype and energy (default: the profile's saved ones), which
 * day and categories.
 */
@Schema(example = """
                {"user_id": "test-user-123", "archetype": "peak_performer", "mode": "high"}""")
record PlanRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}", message = Identity.USER_ID_RULE)
        String userId,

        @Schema(implementation = Archetype.class, description = "Default: the style saved in the profile") @Nullable
        String archetype,

        @Schema(implementation = EnergyMode.class, description = "Default: the energy saved in the profile") @Nullable
        String mode,

        @Schema(description = "Within a year of today; default today in the user's time zone") @Nullable
        LocalDate date,

        @ArraySchema(
                schema = @Schema(implementation = Category.class),
                arraySchema = @Schema(description = "Default: all but work"),
                minItems = 1,
                uniqueItems = true)
        @Nullable
        List<String> categories,

        @Schema(description = "Replace the stored plan of that day") @Nullable
        Boolean regenerate) {}
