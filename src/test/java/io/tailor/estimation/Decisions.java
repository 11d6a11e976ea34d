package io.tailor.estimation;

import io.tailor.estimation.DecisionLine.Context;
import io.tailor.estimation.DecisionLine.Experiment;
import io.tailor.estimation.DecisionLine.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Decisions for tests, built from what matters to an estimator: user, candidates, probabilities, choice, outcome. */
final class Decisions {

    static final Instant AT = Instant.parse("2026-03-12T07:00:00Z");

    private Decisions() {}

    static CandidateFeatures candidate(String id, String category) {
        return new CandidateFeatures(id, category, id, 0.9, 0.8, 0.87, 5, true, false, false, false, 0.74, 0.8, 2.3);
    }

    /** A line whose candidates are {@code ids} in the category "hydration", chosen {@code chosen} (0-based). */
    static DecisionLine line(String user, double[] probabilities, int chosen, Outcome outcome, String... ids) {
        return line("e-" + user + "-" + chosen, user, "v1", probabilities, chosen, outcome, ids);
    }

    static DecisionLine line(
            String eventId,
            String user,
            String libraryVersion,
            double[] probabilities,
            int chosen,
            Outcome outcome,
            String... ids) {
        List<CandidateFeatures> candidates = new ArrayList<>();
        for (String id : ids) {
            candidates.add(candidate(id, "hydration"));
        }
        return line(eventId, user, libraryVersion, probabilities, chosen, outcome, candidates, null, null);
    }

    static DecisionLine line(
            String eventId,
            String user,
            String libraryVersion,
            double[] probabilities,
            int chosen,
            Outcome outcome,
            List<CandidateFeatures> candidates,
            @Nullable Integer rating,
            @Nullable Experiment experiment) {
        List<Integer> actions = new ArrayList<>(List.of(chosen + 1));
        List<Double> ordered = new ArrayList<>(List.of(probabilities[chosen]));
        for (int i = 0; i < probabilities.length; i++) {
            if (i != chosen) {
                actions.add(i + 1);
                ordered.add(probabilities[i]);
            }
        }
        Context context = new Context(
                user,
                "hydration",
                "morning",
                "discovery",
                "peak_performer",
                "high",
                "thursday",
                12,
                0.75,
                libraryVersion,
                null,
                null,
                candidates,
                null);
        return new DecisionLine(
                eventId, AT, actions, ordered, context, "adaptive/1", "exploit", "exact", outcome, rating, experiment);
    }

    /** A policy with the same probabilities for every line. */
    static TargetPolicy fixed(String name, double... probabilities) {
        return new TargetPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] probabilities(DecisionLine line) {
                return probabilities.clone();
            }
        };
    }
}
