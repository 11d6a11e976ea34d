package io.tailor.console;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A long run's progress on stderr: work done (users simulated, megabytes of a log read), time elapsed, and
 * the time left at the pace so far. At most one line a second and none in a run's first second, so a short
 * run stays quiet. Work finishes on several threads; only the one that claims the next report prints it.
 * Public for the other offline command, {@code evaluate}.
 */
public final class Progress {

    public static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String command;
    private final String unit;
    private final long total;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long started;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextReport;

    /** Reports as {@code command: 3 of 10 unit (30%), ...}; the clock is read once now and once per step. */
    public Progress(String command, String unit, long total, PrintWriter err, LongSupplier nanoTime) {
        this.command = command;
        this.unit = unit;
        this.total = Math.max(total, 1);
        this.err = err;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.nextReport = new AtomicLong(started + INTERVAL_NANOS);
    }

    /** Notes {@code amount} more units done, and reports when a report is due. */
    public void advance(long amount) {
        long count = done.addAndGet(amount);
        long now = nanoTime.getAsLong();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + INTERVAL_NANOS)) {
            err.println(line(count, now - started));
        }
    }

    /** The time left once 5% of the work is done: before that it is mostly start-up and JIT warm-up. */
    private String line(long count, long elapsedNanos) {
        String done = String.format(
                Locale.ROOT,
                "%s: %d of %d %s (%d%%), %s elapsed",
                command,
                count,
                total,
                unit,
                100L * count / total,
                clock(elapsedNanos / 1_000_000_000L));
        if (count * 20L < total) {
            return done;
        }
        return done + ", about " + clock(Math.round((double) elapsedNanos * (total - count) / count / 1e9)) + " left";
    }

    /** m:ss, or h:mm:ss for runs of an hour and more. */
    static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
}
