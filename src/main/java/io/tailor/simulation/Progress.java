package io.tailor.simulation;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A long run's progress on stderr: users done, time elapsed, and the time left at the pace so far. At
 * most one line a second and none in a run's first second, so a short run stays quiet. Users finish on
 * several threads; only the one that claims the next report prints it.
 */
final class Progress {

    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final int total;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long started;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong nextReport;

    Progress(int total, PrintWriter err, LongSupplier nanoTime) {
        this.total = total;
        this.err = err;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.nextReport = new AtomicLong(started + INTERVAL_NANOS);
    }

    void userDone() {
        int count = done.incrementAndGet();
        long now = nanoTime.getAsLong();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + INTERVAL_NANOS)) {
            err.println(line(count, now - started));
        }
    }

    /** The time left once 5% of the users are done: before that it is mostly start-up and JIT warm-up. */
    private String line(int count, long elapsedNanos) {
        String done = String.format(
                Locale.ROOT,
                "simulate: %d of %d users (%d%%), %s elapsed",
                count,
                total,
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
