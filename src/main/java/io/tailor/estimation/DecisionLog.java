package io.tailor.estimation;

import io.tailor.estimation.DecisionLine.Outcome;
import io.tailor.profile.LearningPhase;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a decision log line by line, one at a time, so a log of any length runs in constant memory: each
 * line that can be evaluated goes to the consumer, each other one is counted under its {@link Rejection}.
 * Only one library version is evaluated at a time: the one given, else that of the first line that is
 * otherwise valid, as a task's id means the same task only within one version of the library.
 */
public final class DecisionLog {

    static final double TOLERANCE = 1e-6;

    private @Nullable String libraryVersion;
    private final Map<Rejection, Long> rejected = new EnumMap<>(Rejection.class);
    private long accepted;

    /** A log that evaluates {@code libraryVersion}, or the first valid line's when null. */
    public DecisionLog(@Nullable String libraryVersion) {
        this.libraryVersion = libraryVersion;
    }

    /** Reads {@code in}, UTF-8, to its end; every line goes to {@code valid} or to a count of rejections. */
    public void read(InputStream in, Consumer<DecisionLine> valid) throws IOException {
        ByteLines.forEach(in, (buffer, offset, length) -> {
            if (isBlank(buffer, offset, length)) {
                return;
            }
            try {
                valid.accept(check(DecisionLineParser.parse(buffer, offset, length)));
                accepted++;
            } catch (RejectedLine e) {
                rejected.merge(e.rejection(), 1L, Long::sum);
            }
        });
    }

    /**
     * Takes one decision the caller already holds, as the service reads its own log: checked as a line of a
     * file is (a chosen probability of zero included, which the parser catches there), then to {@code valid}
     * or counted.
     */
    public void offer(DecisionLine line, Consumer<DecisionLine> valid) {
        try {
            if (!(line.chosenProbability() > 0)) {
                throw new RejectedLine(Rejection.NO_PROBABILITY, "no probability for the chosen action");
            }
            valid.accept(check(line));
            accepted++;
        } catch (RejectedLine e) {
            rejected.merge(e.rejection(), 1L, Long::sum);
        }
    }

    private static boolean isBlank(byte[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t' && buffer[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private DecisionLine check(DecisionLine line) throws RejectedLine {
        String phase = line.context().phase();
        if (Arrays.stream(LearningPhase.values())
                .noneMatch(known -> known.value().equals(phase))) {
            // the policies rebuild the slot from the phase: one they do not know is a line they cannot read
            throw new RejectedLine(Rejection.MALFORMED, "an unknown phase '" + phase + "'");
        }
        double sum = 0;
        for (double probability : line.probabilities()) {
            if (!(probability >= 0)) {
                throw new RejectedLine(Rejection.NOT_A_DISTRIBUTION, "a negative probability");
            }
            sum += probability;
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new RejectedLine(Rejection.NOT_A_DISTRIBUTION, "probabilities sum to " + sum);
        }
        if (line.outcome() == Outcome.PENDING) {
            throw new RejectedLine(Rejection.PENDING, "outcome pending");
        }
        String version = line.context().libraryVersion();
        if (libraryVersion == null) {
            libraryVersion = version;
        } else if (!libraryVersion.equals(version)) {
            throw new RejectedLine(Rejection.OTHER_LIBRARY_VERSION, "library version " + version);
        }
        return line;
    }

    /** The library version evaluated: the one given, or the first valid line's; null before any. */
    public @Nullable String libraryVersion() {
        return libraryVersion;
    }

    public long accepted() {
        return accepted;
    }

    /** Lines rejected so far, by reason, in the order of {@link Rejection}; reasons with none are left out. */
    public Map<Rejection, Long> rejected() {
        return new EnumMap<>(rejected);
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }
}
