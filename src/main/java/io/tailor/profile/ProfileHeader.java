package io.tailor.profile;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The profile row itself: who, which time zone, which phase since when, and the totals. The phase
 * criteria count from a baseline: the first feedback, or the last manual override of the phase
 * ({@code phaseBaselineAt} null means "from the first feedback, whenever that is").
 */
public record ProfileHeader(
        String userId,
        ZoneId timezone,
        LearningPhase phase,
        Instant phaseStartedAt,
        @Nullable Instant phaseBaselineAt,
        int phaseBaselineCompleted,
        Totals totals) {

    /** A user nobody has heard from: discovery since {@code now}, nothing counted. */
    public static ProfileHeader newcomer(String userId, ZoneId timezone, Instant now) {
        return new ProfileHeader(userId, timezone, LearningPhase.DISCOVERY, now, null, 0, Totals.NONE);
    }

    public ProfileHeader withTotals(Totals updated) {
        return new ProfileHeader(
                userId, timezone, phase, phaseStartedAt, phaseBaselineAt, phaseBaselineCompleted, updated);
    }

    /** An automatic transition: the criteria keep counting from the same baseline. */
    public ProfileHeader advancedTo(LearningPhase next, Instant at) {
        return new ProfileHeader(userId, timezone, next, at, phaseBaselineAt, phaseBaselineCompleted, totals);
    }

    /** A manual override: the criteria count afresh from here. */
    public ProfileHeader overriddenTo(LearningPhase phase, Instant at) {
        return new ProfileHeader(userId, timezone, phase, at, at, totals.completed(), totals);
    }

    /** When the phase criteria start counting; empty before the first feedback. */
    public @Nullable Instant criteriaStart() {
        return phaseBaselineAt != null ? phaseBaselineAt : totals.firstActivityAt();
    }
}
