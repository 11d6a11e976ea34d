package io.tailor.simulation;

import io.tailor.library.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Every strategy on the same users: the same hidden tastes and the same daily draws. Users are
 * independent, so they run in parallel; their tallies are integer counts summed in user order, so
 * the report does not depend on the number of threads.
 */
final class Evaluation {

    private Evaluation() {}

    static List<EvaluationRow> run(World world, int users, int weeks) {
        return run(world, users, weeks, () -> {});
    }

    /** As {@link #run(World, int, int)}, calling {@code userDone} as each user finishes, on its thread. */
    static List<EvaluationRow> run(World world, int users, int weeks, Runnable userDone) {
        List<Map<Contender, List<WeekTally>>> perUser = IntStream.range(0, users)
                .parallel()
                .mapToObj(index -> {
                    Map<Contender, List<WeekTally>> tallies = simulate(world, index, weeks);
                    userDone.run();
                    return tallies;
                })
                .toList();
        Map<Contender, WeekTally[]> totals = new EnumMap<>(Contender.class);
        for (Contender contender : Contender.values()) {
            WeekTally[] sums = new WeekTally[weeks];
            Arrays.fill(sums, WeekTally.NONE);
            for (Map<Contender, List<WeekTally>> user : perUser) {
                for (int week = 0; week < weeks; week++) {
                    sums[week] = sums[week].plus(
                            Objects.requireNonNull(user.get(contender)).get(week));
                }
            }
            totals.put(contender, sums);
        }
        return rows(totals, weeks);
    }

    static Map<Contender, List<WeekTally>> simulate(World world, int index, int weeks) {
        SimulatedUser user = SimulatedUser.create(world.seed(), index, world.library(), world.model());
        List<DayDraws> days = days(world, index, weeks);
        Map<Contender, List<WeekTally>> tallies = new EnumMap<>(Contender.class);
        for (Contender contender : Contender.values()) {
            tallies.put(contender, UserJourney.live(user, contender, world, days));
        }
        return tallies;
    }

    /** The user's draws for every day, shared by every strategy. */
    static List<DayDraws> days(World world, int index, int weeks) {
        return IntStream.range(0, weeks * 7)
                .mapToObj(day -> DayDraws.draw(world.seed(), index, day, Category.DAILY_DEFAULT.size()))
                .toList();
    }

    private static List<EvaluationRow> rows(Map<Contender, WeekTally[]> totals, int weeks) {
        List<EvaluationRow> rows = new ArrayList<>();
        for (Contender contender : Contender.values()) {
            for (int week = 0; week < weeks; week++) {
                WeekTally oracle = Objects.requireNonNull(totals.get(Contender.ORACLE))[week];
                double oracleRate = oracle.planned() == 0 ? 0 : (double) oracle.completed() / oracle.planned();
                rows.add(new EvaluationRow(
                        contender, week + 1, Objects.requireNonNull(totals.get(contender))[week], oracleRate));
            }
        }
        return rows;
    }
}
