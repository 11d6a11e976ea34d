package io.tailor.simulation;

import io.tailor.selection.PooledPriors;
import io.tailor.selection.Pooling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Users who arrive after a population has used Tailor for {@link PopulationPriors#WEEKS} weeks: the learners
 * plan for them with the pooled priors that population left and without, beside the oracles. The newcomers
 * are users {@code population} onwards, so their tastes and days are their own. Besides the weekly rows, the
 * week's completion per group of newcomers by how much they share the common taste ({@link #groups}).
 */
final class Arrivals {

    /** The service's default {@code TAILOR_PRIORS_MIN_USERS}. */
    static final int MIN_USERS = 20;

    /** The lowest shares of the common taste first: the most unusual 5%, then the quintiles. */
    private static final double[][] GROUPS = {{0, 0.05}, {0, 0.2}, {0.2, 0.4}, {0.4, 0.6}, {0.6, 0.8}, {0.8, 1}};

    private Arrivals() {}

    record Result(PooledPriors priors, List<EvaluationRow> rows, List<Group> groups) {}

    /** One group of newcomers and its completion in the reported week, per contender in {@link Contender#ARRIVING}. */
    record Group(String name, double lowestShare, double highestShare, int users, double[] completion) {}

    static Result run(World world, int population, int users, int weeks, Runnable userDone) {
        return run(world, population, users, weeks, Pooling.SERVED, userDone);
    }

    /** As {@link #run(World, int, int, int, Runnable)}, the pooled learners holding the priors as {@code pooling} says. */
    static Result run(World world, int population, int users, int weeks, Pooling pooling, Runnable userDone) {
        PooledPriors priors = PopulationPriors.of(world, population, MIN_USERS, userDone);
        Evaluation.Cohort cohort = new Evaluation.Cohort(world, Contender.ARRIVING, priors, pooling, population);
        List<Map<Contender, List<WeekTally>>> perUser = Evaluation.perUser(cohort, users, weeks, userDone);
        List<Double> shares = IntStream.range(population, population + users)
                .mapToObj(index -> SimulatedUser.create(world, index).sharedWeight())
                .toList();
        return new Result(
                priors,
                Evaluation.totals(perUser, Contender.ARRIVING, weeks),
                groups(perUser, shares, Math.min(4, weeks)));
    }

    /** Newcomers ranked by their weight on the common taste, grouped, with each group's completion in {@code week}. */
    static List<Group> groups(List<Map<Contender, List<WeekTally>>> perUser, List<Double> shares, int week) {
        List<Integer> ranked = IntStream.range(0, perUser.size())
                .boxed()
                .sorted(Comparator.comparingDouble(shares::get).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<Group> groups = new ArrayList<>();
        for (double[] bounds : GROUPS) {
            List<Integer> members = ranked.subList(
                    (int) Math.round(bounds[0] * ranked.size()), (int) Math.round(bounds[1] * ranked.size()));
            if (members.isEmpty()) {
                continue;
            }
            double[] completion = new double[Contender.ARRIVING.size()];
            for (int c = 0; c < completion.length; c++) {
                Contender contender = Contender.ARRIVING.get(c);
                WeekTally sum = WeekTally.NONE;
                for (int member : members) {
                    sum = sum.plus(Objects.requireNonNull(perUser.get(member).get(contender))
                            .get(week - 1));
                }
                completion[c] = sum.planned() == 0 ? 0 : (double) sum.completed() / sum.planned();
            }
            groups.add(new Group(
                    String.format(Locale.ROOT, "%.0f–%.0f%%", 100 * bounds[0], 100 * bounds[1]),
                    shares.get(members.getFirst()),
                    shares.get(members.getLast()),
                    members.size(),
                    completion));
        }
        return groups;
    }

    /** The groups as a Markdown table: week {@code week}'s completion per contender. */
    static String markdown(List<Group> groups, int week) {
        StringBuilder table = new StringBuilder("| newcomers, ranked by weight on the common taste | weight | users |");
        Contender.ARRIVING.forEach(
                contender -> table.append(' ').append(contender.value()).append(" |"));
        table.append("\n| --- | --- | ---: |");
        Contender.ARRIVING.forEach(contender -> table.append(" ---: |"));
        table.append('\n');
        for (Group group : groups) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f to %.2f | %d |",
                    group.name(),
                    group.lowestShare(),
                    group.highestShare(),
                    group.users()));
            for (double rate : group.completion()) {
                table.append(String.format(Locale.ROOT, " %.1f%% |", 100 * rate));
            }
            table.append('\n');
        }
        return "Week " + week + " completion by group:\n\n" + table;
    }
}
