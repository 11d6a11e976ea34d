package io.tailor.estimation;

import io.tailor.estimation.DecisionLine.Context;
import io.tailor.estimation.DecisionLine.Experiment;
import io.tailor.estimation.DecisionLine.Outcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a large decision log for timing {@code evaluate}: users' days interleaved in time as an export
 * orders them, six candidates a slot out of five categories of twelve tasks, logging probabilities with a
 * 5% floor, one pending line in a thousand and one malformed line in fifty thousand.
 *
 * <pre>java -cp target/test-classes:target/classes:$(deps) io.tailor.estimation.SyntheticLog decisions.jsonl 1000000</pre>
 */
final class SyntheticLog {

    private static final String[] CATEGORIES = {"hydration", "movement", "mindfulness", "nutrition", "sleep"};
    private static final int TASKS = 12;
    private static final int CANDIDATES = 6;
    private static final int USERS = 20_000;
    private static final int SLOTS_PER_DAY = 5;

    private final SplittableRandom random;

    private SyntheticLog(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "decisions.jsonl");
        long lines = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            new SyntheticLog(42).write(out, lines);
        }
    }

    void write(Writer out, long lines) throws IOException {
        Instant start = Instant.parse("2026-03-01T07:00:00Z");
        for (long i = 0; i < lines; i++) {
            long slot = i / SLOTS_PER_DAY;
            int user = (int) (slot % USERS);
            Instant at = start.plusSeconds(slot / USERS * 86_400 + user);
            if (i % 50_000 == 49_999) {
                out.write("{\"EventId\":\"truncated\n");
            } else {
                DecisionLineWriter.writeLine(line(user, (int) (i % SLOTS_PER_DAY), at, i % 1000 == 999), out);
            }
        }
    }

    private DecisionLine line(int user, int slot, Instant at, boolean pending) {
        String category = CATEGORIES[slot];
        List<CandidateFeatures> candidates = new ArrayList<>();
        int first = random.nextInt(TASKS);
        for (int c = 0; c < CANDIDATES; c++) {
            candidates.add(task(category, (first + c) % TASKS));
        }
        double[] probabilities = probabilities();
        int chosen = pick(probabilities);
        double rate = 0.3 + 0.04 * ((first + chosen) % TASKS) + (user % 7 - 3) * 0.03;
        Outcome outcome = pending
                ? Outcome.PENDING
                : random.nextDouble() < rate
                        ? Outcome.DONE
                        : random.nextBoolean() ? Outcome.SKIPPED : Outcome.NOT_REPORTED;
        List<Integer> actions = new ArrayList<>(List.of(chosen + 1));
        List<Double> ordered = new ArrayList<>(List.of(probabilities[chosen]));
        for (int c = 0; c < CANDIDATES; c++) {
            if (c != chosen) {
                actions.add(c + 1);
                ordered.add(probabilities[c]);
            }
        }
        Context context = new Context(
                "user-" + user,
                category,
                "morning",
                "discovery",
                "peak_performer",
                "high",
                "thursday",
                12,
                null,
                "v1",
                null,
                null,
                candidates,
                null);
        return new DecisionLine(
                new UUID(random.nextLong(), random.nextLong()).toString(),
                at,
                actions,
                ordered,
                context,
                "adaptive/1",
                "exploit",
                "exact",
                outcome,
                outcome == Outcome.DONE ? 1 + random.nextInt(5) : null,
                user % 2 == 0 ? new Experiment("exp1", "control") : null);
    }

    private CandidateFeatures task(String category, int task) {
        String id = category + "-task-" + task;
        return new CandidateFeatures(
                id,
                category,
                id,
                0.5 + task * 0.04,
                0.8,
                0.7,
                5 + task,
                task % 2 == 0,
                false,
                task % 5 == 0,
                false,
                0.6,
                0.5,
                2.3);
    }

    /** A softmax of random scores, mixed with a uniform 5% so each candidate keeps at least 0.05/6. */
    private double[] probabilities() {
        double[] probabilities = new double[CANDIDATES];
        double sum = 0;
        for (int c = 0; c < CANDIDATES; c++) {
            probabilities[c] = Math.exp(2 * random.nextDouble());
            sum += probabilities[c];
        }
        for (int c = 0; c < CANDIDATES; c++) {
            probabilities[c] = 0.05 / CANDIDATES + 0.95 * probabilities[c] / sum;
        }
        return probabilities;
    }

    private int pick(double[] probabilities) {
        double draw = random.nextDouble();
        double cumulative = 0;
        for (int c = 0; c < probabilities.length - 1; c++) {
            cumulative += probabilities[c];
            if (draw < cumulative) {
                return c;
            }
        }
        return probabilities.length - 1;
    }
}
