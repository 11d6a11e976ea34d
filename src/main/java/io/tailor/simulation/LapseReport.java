package io.tailor.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Completion of the users who lapsed at least once (on their first days back, and week by week over the days
 * they were there) and of those who never did, per contender: what a welcome back is measured by.
 */
final class LapseReport {

    private LapseReport() {}

    static String markdown(List<Map<Contender, List<WeekTally>>> perUser, List<Contender> contenders, int weeks) {
        int shown = Math.min(4, weeks);
        StringBuilder table = new StringBuilder("| strategy | users | lapsed | first days back |");
        StringBuilder rule = new StringBuilder("| --- | --- | ---: | ---: |");
        for (int week = 1; week <= shown; week++) {
            table.append(" week ").append(week).append(" |");
            rule.append(" ---: |");
        }
        table.append('\n').append(rule).append('\n');
        for (Contender contender : contenders) {
            for (boolean lapsed : new boolean[] {true, false}) {
                table.append(line(perUser, contender, lapsed, shown));
            }
        }
        return table.toString();
    }

    private static String line(
            List<Map<Contender, List<WeekTally>>> perUser, Contender contender, boolean lapsed, int weeks) {
        WeekTally[] sums = new WeekTally[weeks];
        Arrays.fill(sums, WeekTally.NONE);
        int users = 0;
        for (Map<Contender, List<WeekTally>> user : perUser) {
            List<WeekTally> tallies = Objects.requireNonNull(user.get(contender));
            boolean away = tallies.stream().anyMatch(tally -> tally.awayDays() > 0);
            if (away != lapsed) {
                continue;
            }
            users++;
            for (int week = 0; week < weeks; week++) {
                sums[week] = sums[week].plus(tallies.get(week));
            }
        }
        int returnPlanned = 0;
        int returnCompleted = 0;
        StringBuilder cells = new StringBuilder();
        for (WeekTally week : sums) {
            returnPlanned += week.returnPlanned();
            returnCompleted += week.returnCompleted();
            cells.append(String.format(Locale.ROOT, " %s |", percent(week.completed(), week.planned())));
        }
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %s |%s%n",
                contender.value(),
                lapsed ? "lapsed" : "never lapsed",
                users,
                lapsed ? percent(returnCompleted, returnPlanned) : "",
                cells);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
