package io.tailor.estimation;

import java.util.AbstractList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A logged decision's candidates as the log stores them: the {@code _multi} array its plan rendered
 * ({@link DecisionLineWriter#multi}). An export writes the text as it is, so a line costs no parse; an
 * evaluation reads the candidates, parsed on first use.
 */
public final class LoggedCandidates extends AbstractList<CandidateFeatures> {

    private final String json;
    private final int size;
    private @Nullable List<CandidateFeatures> parsed;

    /** {@code json}: a {@code _multi} array of {@code size} candidates. */
    public LoggedCandidates(String json, int size) {
        this.json = json;
        this.size = size;
    }

    public String json() {
        return json;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public CandidateFeatures get(int index) {
        return candidates().get(index);
    }

    private List<CandidateFeatures> candidates() {
        List<CandidateFeatures> candidates = parsed;
        if (candidates == null) {
            try {
                candidates = List.copyOf(DecisionLineParser.multi(json));
            } catch (RejectedLine e) {
                throw new IllegalStateException("a logged decision's candidates do not read: " + e.getMessage(), e);
            }
            if (candidates.size() != size) {
                throw new IllegalStateException(
                        "a logged decision lists " + candidates.size() + " candidates and " + size + " probabilities");
            }
            parsed = candidates;
        }
        return candidates;
    }
}
