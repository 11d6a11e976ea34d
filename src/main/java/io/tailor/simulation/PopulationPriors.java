package io.tailor.simulation;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.TaskPrior;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The pooled priors a population leaves: users 0 to {@code population - 1} live {@link #WEEKS} weeks (the
 * service's window) under the adaptive selector, as before pooling, and what each was planned and did is
 * counted per task overall, per archetype and per archetype and mode, as the service's refresh counts it
 * ({@code priors/PriorsStore}): users, plannings with an outcome (not reported counts as not done), done,
 * ratings.
 */
final class PopulationPriors {

    /** The service's window, 28 days: {@code PriorsSettings.WINDOW}. */
    static final int WEEKS = 4;

    private PopulationPriors() {}

    static PooledPriors of(World world, int population, int minUsers, Runnable userDone) {
        List<UserCounts> users = IntStream.range(0, population)
                .parallel()
                .mapToObj(index -> {
                    UserCounts counts = counted(world, index);
                    userDone.run();
                    return counts;
                })
                .toList();
        // integer sums, in a sorted map: the same priors whatever the order users finished in
        Map<String, Sum> sums = new TreeMap<>();
        for (UserCounts user : users) {
            user.tasks().forEach((taskId, counts) -> {
                add(sums, taskId, null, null, counts);
                add(sums, taskId, user.archetype(), null, counts);
                add(sums, taskId, user.archetype(), user.mode(), counts);
            });
        }
        List<PooledPriors.Cell> cells = new ArrayList<>();
        sums.values().forEach(sum -> cells.add(sum.cell()));
        return PooledPriors.of(cells, minUsers);
    }

    private static UserCounts counted(World world, int index) {
        SimulatedUser user = SimulatedUser.create(world, index);
        Map<String, int[]> tasks = new HashMap<>();
        UserJourney.counted(user, Contender.ADAPTIVE, world, Evaluation.days(world, index, WEEKS), shown -> {
            int[] counts = tasks.computeIfAbsent(shown.taskId(), id -> new int[4]);
            counts[0]++;
            counts[1] += shown.done() ? 1 : 0;
            if (shown.rating() != null) {
                counts[2]++;
                counts[3] += shown.rating();
            }
        });
        return new UserCounts(user.archetype(), user.mode(), tasks);
    }

    private static void add(
            Map<String, Sum> sums,
            String taskId,
            @Nullable Archetype archetype,
            @Nullable EnergyMode mode,
            int[] counts) {
        String key =
                taskId + '|' + (archetype == null ? "" : archetype.value()) + '|' + (mode == null ? "" : mode.value());
        sums.computeIfAbsent(key, k -> new Sum(taskId, archetype, mode)).add(counts);
    }

    private record UserCounts(Archetype archetype, EnergyMode mode, Map<String, int[]> tasks) {}

    private static final class Sum {

        private final String taskId;
        private final @Nullable Archetype archetype;
        private final @Nullable EnergyMode mode;
        private int users;
        private int shown;
        private int done;
        private int ratings;
        private int ratingSum;

        Sum(String taskId, @Nullable Archetype archetype, @Nullable EnergyMode mode) {
            this.taskId = taskId;
            this.archetype = archetype;
            this.mode = mode;
        }

        void add(int[] counts) {
            users++;
            shown += counts[0];
            done += counts[1];
            ratings += counts[2];
            ratingSum += counts[3];
        }

        PooledPriors.Cell cell() {
            return new PooledPriors.Cell(
                    taskId,
                    archetype,
                    mode,
                    new TaskPrior(TaskPrior.Cohort.of(archetype, mode), users, shown, done, ratings, ratingSum));
        }
    }
}
