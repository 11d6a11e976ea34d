package io.tailor.selection;

import io.tailor.library.RotationWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each variation group counts as last used, for one plan's rotation check. The rotation state
 * keeps only each group's latest use, which misleads a plan for an earlier day (a backfill) and still
 * holds the uses of a regenerated plan. So the plans stored around the plan's day decide inside the
 * window, and the rotation state decides outside it (for "least recently used"). A use is marked at
 * the start of its plan's day, also when that day was planned ahead; uses later than the horizon (the
 * later of the plan's start and now) are days not yet lived and count for nothing, so a plan made ahead
 * never holds back today's.
 */
public final class RecentUses {

    private RecentUses() {}

    /**
     * @param latest the rotation state: each group's latest use
     * @param plannedNearby each group's use by a stored plan within the window around {@code planTime}
     *     (the use nearest to it), other than the plan for that very day
     * @param horizon uses later than this are ignored
     */
    public static Map<String, Instant> forPlan(
            Map<String, Instant> latest,
            Map<String, Instant> plannedNearby,
            Instant planTime,
            Instant horizon,
            Duration window) {
        Map<String, Instant> uses = new HashMap<>();
        latest.forEach((group, at) -> {
            if (!at.isAfter(horizon)) {
                uses.put(
                        group,
                        RotationWindow.holdsBack(at, planTime, window) && !plannedNearby.containsKey(group)
                                ? planTime.minus(window)
                                : at);
            }
        });
        plannedNearby.forEach((group, at) -> {
            if (!at.isAfter(horizon)) {
                uses.put(group, at);
            }
        });
        return uses;
    }
}
