package io.tailor.estimation;

import io.tailor.estimation.DecisionLine.Context;
import io.tailor.estimation.DecisionLine.Experiment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A decision as one line of the log, in Vowpal Wabbit's DSJSON shape for {@code --cb_explore_adf}: what the
 * service exports and {@link DecisionLog} reads back. Written with the streaming generator, field by field in
 * a fixed order, so an export of any length runs in constant memory and the same decision gives the same bytes.
 */
public final class DecisionLineWriter {

    static final String VERSION = "1";

    /** Lines end in a newline of their own, so no separator between values written by one generator. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null)
            .build();

    private DecisionLineWriter() {}

    /** The decision as JSON, without the line's end. */
    public static String toJson(DecisionLine line) {
        StringWriter json = new StringWriter(1024);
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), json)) {
            write(generator, line);
        }
        return json.toString();
    }

    /** Appends the decision and a newline to {@code out}, which stays open. */
    public static void writeLine(DecisionLine line, Writer out) throws IOException {
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, line);
        }
        out.write('\n');
    }

    /** Lines for {@code out}, UTF-8, which stays open; an export writes all of its lines through one. */
    public static Lines lines(OutputStream out) {
        return new Lines(JSON.createGenerator(ObjectWriteContext.empty(), out));
    }

    /** One generator for any number of lines, so a line costs no generator and no buffer of its own. */
    public static final class Lines implements AutoCloseable {

        private final JsonGenerator json;

        private Lines(JsonGenerator json) {
            this.json = json;
        }

        public void write(DecisionLine line) {
            DecisionLineWriter.write(json, line);
            json.writeRaw('\n');
        }

        /** Writes out what is buffered; the stream stays open. */
        @Override
        public void close() {
            json.close();
        }
    }

    private static void write(JsonGenerator json, DecisionLine line) {
        json.writeStartObject();
        json.writeStringProperty(Fields.EVENT_ID, line.eventId());
        json.writeStringProperty(Fields.TIMESTAMP, line.timestamp().toString());
        json.writeStringProperty(Fields.VERSION, VERSION);
        json.writeName(Fields.ACTIONS);
        json.writeStartArray();
        line.actions().forEach(json::writeNumber);
        json.writeEndArray();
        json.writeName(Fields.PROBABILITIES);
        json.writeStartArray();
        line.probabilities().forEach(json::writeNumber);
        json.writeEndArray();
        json.writeNumberProperty(Fields.LABEL_COST, line.cost());
        json.writeNumberProperty(Fields.LABEL_PROBABILITY, line.chosenProbability());
        json.writeNumberProperty(Fields.LABEL_ACTION, line.chosenIndex() + 1);
        json.writeNumberProperty(Fields.LABEL_INDEX, line.chosenIndex());
        json.writeName(Fields.CONTEXT);
        context(json, line.context());
        json.writeName(Fields.STATE);
        json.writeStartObject();
        json.writeStringProperty(Fields.MODEL, line.policy());
        json.writeEndObject();
        json.writeStringProperty(Fields.POOL, line.pool());
        json.writeStringProperty(Fields.PROBABILITY_KIND, line.probabilityKind());
        json.writeStringProperty(Fields.OUTCOME, line.outcome().value());
        if (line.rating() != null) {
            json.writeNumberProperty(Fields.RATING, line.rating());
        } else {
            json.writeNullProperty(Fields.RATING);
        }
        experiment(json, line.experiment());
        json.writeEndObject();
    }

    private static void context(JsonGenerator json, Context context) {
        json.writeStartObject();
        json.writeStringProperty(Fields.USER_ID, context.userId());
        json.writeStringProperty(Fields.CATEGORY, context.category());
        json.writeStringProperty(Fields.TIME_BLOCK, context.timeBlock());
        json.writeStringProperty(Fields.PHASE, context.phase());
        json.writeStringProperty(Fields.ARCHETYPE, context.archetype());
        json.writeStringProperty(Fields.MODE, context.mode());
        json.writeStringProperty(Fields.DAY_OF_WEEK, context.dayOfWeek());
        if (context.daysSinceFirstFeedback() == null) {
            json.writeNullProperty(Fields.DAYS_SINCE_FIRST_FEEDBACK);
        } else {
            json.writeNumberProperty(Fields.DAYS_SINCE_FIRST_FEEDBACK, context.daysSinceFirstFeedback());
        }
        Double completionRate = context.completionRate();
        if (completionRate != null) {
            json.writeNumberProperty(Fields.COMPLETION_RATE, completionRate);
        }
        json.writeStringProperty(Fields.LIBRARY_VERSION, context.libraryVersion());
        json.writeStringProperty(Fields.UNROTATED_BEST, context.unrotatedBest());
        if (context.categoryTried() != null) {
            json.writeNumberProperty(Fields.CATEGORY_TRIED, context.categoryTried());
        }
        Integer daysMissed = context.daysMissed();
        if (daysMissed != null) {
            json.writeNumberProperty(Fields.DAYS_MISSED, daysMissed);
        }
        json.writeName(Fields.CANDIDATES);
        if (context.candidates() instanceof LoggedCandidates logged) {
            json.writeRawValue(logged.json());
        } else {
            candidates(json, context.candidates());
        }
        json.writeEndObject();
    }

    /** The candidates as a {@code _multi} array: what a plan stores with each decision. */
    public static String multi(List<CandidateFeatures> candidates) {
        StringWriter json = new StringWriter(256 * candidates.size());
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), json)) {
            candidates(generator, candidates);
        }
        return json.toString();
    }

    private static void candidates(JsonGenerator json, List<CandidateFeatures> candidates) {
        json.writeStartArray();
        candidates.forEach(candidate -> candidate(json, candidate));
        json.writeEndArray();
    }

    private static void candidate(JsonGenerator json, CandidateFeatures candidate) {
        json.writeStartObject();
        json.writeStringProperty(Fields.ID, candidate.id());
        json.writeStringProperty(Fields.CATEGORY, candidate.category());
        json.writeStringProperty(Fields.VARIATION_GROUP, candidate.variationGroup());
        json.writeNumberProperty(Fields.ARCHETYPE_FIT, candidate.archetypeFit());
        json.writeNumberProperty(Fields.MODE_FIT, candidate.modeFit());
        json.writeNumberProperty(Fields.FIT, candidate.fit());
        json.writeNumberProperty(Fields.DURATION_MINUTES, candidate.durationMinutes());
        json.writeBooleanProperty(Fields.TRIED, candidate.tried());
        json.writeBooleanProperty(Fields.FAVORITE, candidate.favorite());
        json.writeBooleanProperty(Fields.PROVEN, candidate.proven());
        json.writeBooleanProperty(Fields.ON_PROBATION, candidate.onProbation());
        json.writeNumberProperty(Fields.AFFINITY, candidate.affinity());
        json.writeNumberProperty(Fields.EVIDENCE_VALUE, candidate.evidenceValue());
        json.writeNumberProperty(Fields.EVIDENCE_WEIGHT, candidate.evidenceWeight());
        Double pooled = candidate.pooled();
        if (pooled != null) {
            json.writeNumberProperty(Fields.POOLED, pooled);
        }
        Integer daysUnseen = candidate.daysUnseen();
        if (daysUnseen != null) {
            json.writeNumberProperty(Fields.DAYS_UNSEEN, daysUnseen);
        }
        if (candidate.similarToLoved()) {
            json.writeBooleanProperty(Fields.SIMILAR_TO_LOVED, true);
        }
        Integer difficulty = candidate.difficulty();
        if (difficulty != null) {
            json.writeNumberProperty(Fields.DIFFICULTY, difficulty);
        }
        json.writeEndObject();
    }

    private static void experiment(JsonGenerator json, @Nullable Experiment experiment) {
        if (experiment == null) {
            json.writeNullProperty(Fields.EXPERIMENT);
            return;
        }
        json.writeName(Fields.EXPERIMENT);
        json.writeStartObject();
        json.writeStringProperty(Fields.ID, experiment.id());
        json.writeStringProperty(Fields.ARM, experiment.arm());
        json.writeEndObject();
    }
}
