package io.tailor.demo;

import java.util.Map;

/**
 * One demo user's character: who they are to the planner, how many days ago they started, and how likely
 * they are to do a task of each category (the rest of the library at {@code usual}), so their weeks and
 * learning phases differ the way people's do.
 */
record DemoUser(String userId, String archetype, String mode, int days, double usual, Map<String, Double> byCategory) {

    static final java.util.List<DemoUser> ALL = java.util.List.of(
            new DemoUser(
                    "demo-ana",
                    "foundation_builder",
                    "medium",
                    28,
                    0.8,
                    Map.of("hydration", 0.95, "movement", 0.85, "work", 0.55)),
            new DemoUser(
                    "demo-ben",
                    "peak_performer",
                    "high",
                    28,
                    0.7,
                    Map.of("movement", 0.95, "nutrition", 0.35, "recovery", 0.5)),
            new DemoUser(
                    "demo-chloe",
                    "resilience_rebuilder",
                    "low",
                    12,
                    0.55,
                    Map.of("wellness", 0.85, "recovery", 0.8, "movement", 0.3)));

    double chanceOfDoing(String category) {
        return byCategory.getOrDefault(category, usual);
    }
}
