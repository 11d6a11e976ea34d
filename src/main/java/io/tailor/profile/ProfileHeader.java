package io.tailor.profile;

import java.time.Instant;
import java.time.ZoneId;

/** The profile row itself: who, where in time, which phase since when, and the totals. */
public record ProfileHeader(
        String userId, ZoneId timezone, LearningPhase phase, Instant phaseStartedAt, Totals totals) {

    public ProfileHeader withTotals(Totals updated) {
        return new ProfileHeader(userId, timezone, phase, phaseStartedAt, updated);
    }

    public ProfileHeader withPhase(LearningPhase updated, Instant since) {
        return new ProfileHeader(userId, timezone, updated, since, totals);
    }
}
