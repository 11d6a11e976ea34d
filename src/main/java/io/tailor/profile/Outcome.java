package io.tailor.profile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a user reported about one task, on event time. */
public record Outcome(boolean completed, @Nullable Integer rating, Instant occurredAt) {

    public Outcome {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating must be 1-5");
        }
    }

    public boolean rated() {
        return rating != null;
    }
}
