package io.tailor.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** On which simulated days a user did each task: what boredom is counted from. */
final class RecentCompletions {

    private final Map<String, List<Integer>> days = new HashMap<>();

    void add(String taskId, int day) {
        days.computeIfAbsent(taskId, id -> new ArrayList<>()).add(day);
    }

    /** Completions of the task in the {@code window} days before {@code day}. */
    int count(String taskId, int day, int window) {
        List<Integer> done = days.getOrDefault(taskId, List.of());
        int count = 0;
        for (int i = done.size() - 1; i >= 0 && done.get(i) >= day - window; i--) {
            if (done.get(i) < day) {
                count++;
            }
        }
        return count;
    }
}
