package io.tailor.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The seed's feedback body, plus the optional links, event time and notes. */
record FeedbackRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}", message = "must be 1-128 characters of [A-Za-z0-9._:@-]")
                String userId,
        @NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NUL_MESSAGE) String taskName,
        @NotNull String category,
        @NotNull Boolean completed,
        @Nullable @Min(1) @Max(5) Integer satisfactionRating,
        @Nullable @Size(min = 1, max = 60) String taskLibraryId,
        @Nullable UUID planItemId,
        @Nullable OffsetDateTime occurredAt,
        @Nullable @Size(max = 1000) @Pattern(regexp = NO_NUL, message = NUL_MESSAGE) String notes) {

    /** PostgreSQL text cannot hold a NUL character. */
    static final String NO_NUL = "[^\\x00]*";

    static final String NUL_MESSAGE = "must not contain NUL characters";
}
