package io.tailor.profile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Late-synced events must not move a "last seen" time backwards. */
final class Latest {

    private Latest() {}

    static Instant of(@Nullable Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    static Instant earliest(@Nullable Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
