package io.tailor.library;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rotation window's one rule: a use less than the window before {@code at}, or after it but less than
 * the window later (a backfilled earlier day), holds its variation group back. A use exactly a window
 * away is free, and so is a use at {@code at} itself: that is the mark of the very plan being made again.
 * The planner ({@code selection.Rotation}) applies it in Java and {@link RotationState} in SQL, to the
 * uses up to now; {@code RotationStateAgreementTest} holds the two together.
 */
public final class RotationWindow {

    private RotationWindow() {}

    public static boolean holdsBack(@Nullable Instant lastUsed, Instant at, Duration window) {
        if (lastUsed == null || lastUsed.equals(at)) {
            return false;
        }
        return lastUsed.isAfter(at.minus(window)) && lastUsed.isBefore(at.plus(window));
    }
}
