package io.tailor.selection;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each variation group counts as last used, for one plan's rotation check. The rotation state
 * keeps only each group's latest use, which misleads a plan for an earlier day (a backfill) and still
 * holds the uses of a regenerated plan. So the plans stored around the plan's day decide inside the
 * window, and the rotation state decides outside it (for "least recently used").
 */
public final class RecentUses {

    private RecentUses() {}

    /**
     * @param latest the rotation state: each group's latest use
     * @param plannedNearby each group's use by a stored plan within the window around {@code planTime}
     *     (the use nearest to it), other than the plan for that very day
     */
    public static Map<String, Instant> forPlan(
            Map<String, Instant> latest, Map<String, Instant> plannedNearby, Instant planTime, Duration window) {
        Map<String, Instant> uses = new HashMap<>();
        latest.forEach((group, at) -> uses.put(
                group,
                Rotation.usedWithinWindow(at, planTime, window) && !plannedNearby.containsKey(group)
                        ? planTime.minus(window)
                        : at));
        uses.putAll(plannedNearby);
        return uses;
    }
}
