package io.tailor.plan;

import io.tailor.library.Task;
import io.tailor.library.TimeOfDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where a day's tasks go: a task that lists one time of day goes there; one that lists several goes to the
 * listed block with the best {@link Tally#rate} of the user's reports there done, divided by one more than the
 * items the block already holds, so the day leans to the blocks the user completes in and spreads over them
 * instead of piling into one. Tasks with fewer choices are placed first (they take what they must), ties in
 * the task's own order (its best time first). No draw: the same request gives the same blocks.
 *
 * @param tallies the user's reports and completions per block ({@code user_time_block_stats}, V23); a block
 *     without reports is absent
 */
record TimeBlocks(Map<TimeOfDay, Tally> tallies) {

    static final TimeBlocks NONE = new TimeBlocks(Map.of());

    TimeBlocks {
        tallies = Map.copyOf(tallies);
    }

    /** Each task's block, in the order given; {@code taken} are the blocks of items the day already keeps. */
    List<TimeOfDay> place(List<Task> tasks, List<TimeOfDay> taken) {
        Map<TimeOfDay, Integer> held = new EnumMap<>(TimeOfDay.class);
        taken.forEach(block -> held.merge(block, 1, Integer::sum));
        List<TimeOfDay> placed = new ArrayList<>(Collections.nCopies(tasks.size(), TimeOfDay.MORNING));
        IntStream.range(0, tasks.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> tasks.get(i).timeOfDay().size()))
                .forEach(i -> {
                    TimeOfDay block = best(tasks.get(i).timeOfDay(), held);
                    held.merge(block, 1, Integer::sum);
                    placed.set(i, block);
                });
        return placed;
    }

    private TimeOfDay best(List<TimeOfDay> listed, Map<TimeOfDay, Integer> held) {
        TimeOfDay best = listed.getFirst();
        double bestScore = -1;
        for (TimeOfDay block : listed) {
            double score = tallies.getOrDefault(block, Tally.NONE).rate() / (1 + held.getOrDefault(block, 0));
            if (score > bestScore) {
                best = block;
                bestScore = score;
            }
        }
        return best;
    }

    /** A block's reports and how many were done. */
    record Tally(int reported, int completed) {

        static final Tally NONE = new Tally(0, 0);

        /** The share done, starting from one done and one not (Laplace), so a block without reports is 1/2. */
        double rate() {
            return (completed + 1.0) / (reported + 2.0);
        }
    }
}
