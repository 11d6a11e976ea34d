package io.tailor.estimation;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a logged decision's line needs besides the {@link io.tailor.selection.Decision} itself: which item it
 * was and when, whose plan, the user's archetype and mode, the plan's date and how long since the first
 * feedback, and the library it chose from.
 */
public record DecisionSituation(
        String eventId,
        Instant timestamp,
        String userId,
        Archetype archetype,
        EnergyMode mode,
        LocalDate date,
        @Nullable Integer daysSinceFirstFeedback,
        String libraryVersion) {

    public DecisionSituation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
    }
}
