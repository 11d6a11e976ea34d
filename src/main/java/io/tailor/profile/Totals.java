package io.tailor.profile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user's feedback counts and the span of event time they cover. */
public record Totals(
        int feedback,
        int completed,
        int skipped,
        @Nullable Instant firstActivityAt,
        @Nullable Instant lastActivityAt) {

    public static final Totals NONE = new Totals(0, 0, 0, null, null);

    public Totals record(Outcome outcome) {
        Instant at = outcome.occurredAt();
        return new Totals(
                feedback + 1,
                completed + (outcome.completed() ? 1 : 0),
                skipped + (outcome.completed() ? 0 : 1),
                Latest.earliest(firstActivityAt, at),
                Latest.of(lastActivityAt, at));
    }

    public double completionRate() {
        return feedback == 0 ? 0 : (double) completed / feedback;
    }

    /** The share of reports done, or null before any: what a plan weighs difficulty by and logs. */
    public @Nullable Double knownCompletionRate() {
        return feedback == 0 ? null : completionRate();
    }
}
