package io.tailor.phase;

import io.tailor.profile.LearningPhase;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A move from one phase to another, why it happened, and what to tell the user about it. */
public record Transition(
        LearningPhase from,
        LearningPhase to,
        Cause cause,
        Instant at,
        @Nullable String reason,
        @Nullable Celebration celebration) {

    public enum Cause {
        DAYS,
        TASKS,
        OVERRIDE;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The message a client shows when a user reaches a new phase. */
    public record Celebration(String title, String message) {}
}
