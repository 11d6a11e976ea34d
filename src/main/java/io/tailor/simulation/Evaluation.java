package io.tailor.simulation;

import io.tailor.library.Category;
import io.tailor.selection.PooledPriors;
import io.tailor.selection.Pooling;
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

    /**
     * Users simulated together: the world, the contenders each user lives under, the pooled priors the
     * pooled ones plan with and how they hold them, and the first user's index (users arriving after others
     * have their own).
     */
    record Cohort(World world, List<Contender> contenders, PooledPriors priors, Pooling pooling, int first) {

        Cohort {
            contenders = List.copyOf(contenders);
        }
    }

    private Evaluation() {}

    static List<EvaluationRow> run(World world, int users, int weeks) {
        return run(world, users, weeks, () -> {});
    }

    /** As {@link #run(World, int, int)}, calling {@code userDone} as each user finishes, on its thread. */
    static List<EvaluationRow> run(World world, int users, int weeks, Runnable userDone) {
        return totals(perUser(compared(world), users, weeks, userDone), contenders(world), weeks);
    }

    /** The comparison's users from the first: with lapses, adaptive also without its welcome back. */
    static Cohort compared(World world) {
        return new Cohort(world, contenders(world), PooledPriors.NONE, Pooling.SERVED, 0);
    }

    private static List<Contender> contenders(World world) {
        return world.lapse() > 0 ? Contender.LAPSING : Contender.COMPARED;
    }

    /** Each user's weekly tallies per contender: users {@code first} to {@code first + users - 1}, in order. */
    static List<Map<Contender, List<WeekTally>>> perUser(Cohort cohort, int users, int weeks, Runnable userDone) {
        return IntStream.range(cohort.first(), cohort.first() + users)
                .parallel()
                .mapToObj(index -> {
                    Map<Contender, List<WeekTally>> tallies = simulate(cohort, index, weeks);
                    userDone.run();
                    return tallies;
                })
                .toList();
    }

    /** The users' tallies summed per contender and week, as report rows against the oracle. */
    static List<EvaluationRow> totals(
            List<Map<Contender, List<WeekTally>>> perUser, List<Contender> contenders, int weeks) {
        Map<Contender, WeekTally[]> totals = new EnumMap<>(Contender.class);
        for (Contender contender : contenders) {
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
        return rows(totals, contenders, weeks);
    }

    static Map<Contender, List<WeekTally>> simulate(Cohort cohort, int index, int weeks) {
        World world = cohort.world();
        SimulatedUser user = SimulatedUser.create(world, index);
        List<DayDraws> days = days(world, index, weeks);
        Map<Contender, List<WeekTally>> tallies = new EnumMap<>(Contender.class);
        for (Contender contender : cohort.contenders()) {
            tallies.put(contender, UserJourney.live(user, contender, world, days, cohort.priors(), cohort.pooling()));
        }
        return tallies;
    }

    /** The user's draws for every day, shared by every strategy, with the days they are away marked. */
    static List<DayDraws> days(World world, int index, int weeks) {
        return Lapses.mark(
                IntStream.range(0, weeks * 7)
                        .mapToObj(day -> DayDraws.draw(world.seed(), index, day, Category.DAILY_DEFAULT.size()))
                        .toList(),
                world.seed(),
                index,
                world.lapse());
    }

    private static List<EvaluationRow> rows(Map<Contender, WeekTally[]> totals, List<Contender> contenders, int weeks) {
        List<EvaluationRow> rows = new ArrayList<>();
        for (Contender contender : contenders) {
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
