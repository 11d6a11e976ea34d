package io.tailor.estimation;

import io.tailor.estimation.DecisionLine.Context;
import io.tailor.estimation.DecisionLine.Experiment;
import io.tailor.estimation.DecisionLine.Outcome;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * One line of the decision log to a {@link DecisionLine}, with the streaming parser: no tree and no
 * reflection, as an evaluation may read millions of lines. Fields it does not know are skipped, and of a key
 * given twice the last counts, as with most JSON readers (checking costs a set per object, a third of the
 * parse); a value of the wrong type or a missing field is a {@link Rejection#MALFORMED} line, and a
 * missing or zero probability of the choice is {@link Rejection#NO_PROBABILITY}.
 */
final class DecisionLineParser {

    /** Buffers recycled per thread: a parser per line would otherwise allocate its buffers per line. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();

    private DecisionLineParser() {}

    /** The line of {@code length} UTF-8 bytes of {@code buffer} from {@code offset}. */
    static DecisionLine parse(byte[] buffer, int offset, int length) throws RejectedLine {
        Top top = new Top();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), buffer, offset, length)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                top.read(name, parser);
            }
            if (parser.nextToken() != null) {
                throw malformed("more than one JSON value");
            }
        } catch (JacksonException e) {
            throw malformed(e.getOriginalMessage());
        }
        return top.line();
    }

    /** A {@code _multi} array on its own, as {@link LoggedCandidates} holds it. */
    static List<CandidateFeatures> multi(String json) throws RejectedLine {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            List<CandidateFeatures> candidates = ContextParser.candidates(parser);
            if (parser.nextToken() != null) {
                throw malformed("more than one JSON value");
            }
            return candidates;
        } catch (JacksonException e) {
            throw malformed(e.getOriginalMessage());
        }
    }

    static RejectedLine malformed(String detail) {
        return new RejectedLine(Rejection.MALFORMED, detail);
    }

    private static void expect(@Nullable JsonToken token, JsonToken expected) throws RejectedLine {
        if (token != expected) {
            throw malformed("expected " + expected + ", got " + token);
        }
    }

    static String text(JsonParser parser) throws RejectedLine {
        expect(parser.currentToken(), JsonToken.VALUE_STRING);
        return parser.getString();
    }

    static double number(JsonParser parser) throws RejectedLine {
        if (!parser.currentToken().isNumeric()) {
            throw malformed("expected a number, got " + parser.currentToken());
        }
        return parser.getDoubleValue();
    }

    static int integer(JsonParser parser) throws RejectedLine {
        expect(parser.currentToken(), JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
    }

    static boolean bool(JsonParser parser) throws RejectedLine {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw malformed("expected true or false, got " + token);
        }
        return token == JsonToken.VALUE_TRUE;
    }

    static <T> T required(@Nullable T value, String field) throws RejectedLine {
        if (value == null) {
            throw malformed("no " + field);
        }
        return value;
    }

    /** The top-level fields as they come, checked against each other once the line is read. */
    private static final class Top {

        private @Nullable String eventId;
        private @Nullable String timestamp;
        private @Nullable List<Integer> actions;
        private @Nullable List<Double> probabilities;
        private @Nullable Double labelCost;
        private @Nullable Double labelProbability;
        private @Nullable Integer labelAction;
        private @Nullable Integer labelIndex;
        private @Nullable Context context;
        private @Nullable String policy;
        private @Nullable String pool;
        private @Nullable String probabilityKind;
        private @Nullable String outcome;
        private @Nullable Integer rating;
        private @Nullable Experiment experiment;

        void read(String name, JsonParser parser) throws RejectedLine {
            switch (name) {
                case Fields.EVENT_ID -> eventId = text(parser);
                case Fields.TIMESTAMP -> timestamp = text(parser);
                case Fields.ACTIONS -> actions = integers(parser);
                case Fields.PROBABILITIES -> probabilities = numbers(parser);
                case Fields.LABEL_COST -> labelCost = number(parser);
                case Fields.LABEL_PROBABILITY -> labelProbability = number(parser);
                case Fields.LABEL_ACTION -> labelAction = integer(parser);
                case Fields.LABEL_INDEX -> labelIndex = integer(parser);
                case Fields.CONTEXT -> context = ContextParser.read(parser);
                case Fields.STATE -> policy = model(parser);
                case Fields.POOL -> pool = text(parser);
                case Fields.PROBABILITY_KIND -> probabilityKind = text(parser);
                case Fields.OUTCOME -> outcome = text(parser);
                case Fields.RATING -> rating = parser.currentToken() == JsonToken.VALUE_NULL ? null : integer(parser);
                case Fields.EXPERIMENT -> experiment = experiment(parser);
                default -> parser.skipChildren();
            }
        }

        /** A line that lacks only its probabilities says no probability; one that lacks more is malformed. */
        DecisionLine line() throws RejectedLine {
            required(eventId, Fields.EVENT_ID);
            required(actions, Fields.ACTIONS);
            required(context, Fields.CONTEXT);
            Outcome known = Outcome.of(required(outcome, Fields.OUTCOME));
            if (probabilities == null
                    || probabilities.isEmpty()
                    || !(probabilities.get(0) > 0)
                    || labelProbability == null
                    || !(labelProbability > 0)) {
                throw new RejectedLine(Rejection.NO_PROBABILITY, "no probability for the chosen action");
            }
            DecisionLine line = build(required(known, "known " + Fields.OUTCOME));
            if (labelProbability.doubleValue() != line.chosenProbability()
                    || required(labelAction, Fields.LABEL_ACTION) != line.chosenIndex() + 1
                    || required(labelIndex, Fields.LABEL_INDEX) != line.chosenIndex()
                    || (line.outcome() != Outcome.PENDING && required(labelCost, Fields.LABEL_COST) != line.cost())) {
                throw malformed("the label disagrees with a, p or the outcome");
            }
            return line;
        }

        private DecisionLine build(Outcome known) throws RejectedLine {
            try {
                return new DecisionLine(
                        required(eventId, Fields.EVENT_ID),
                        Instant.parse(required(timestamp, Fields.TIMESTAMP)),
                        required(actions, Fields.ACTIONS),
                        required(probabilities, Fields.PROBABILITIES),
                        required(context, Fields.CONTEXT),
                        required(policy, Fields.STATE),
                        required(pool, Fields.POOL),
                        required(probabilityKind, Fields.PROBABILITY_KIND),
                        known,
                        rating,
                        experiment);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw malformed(String.valueOf(e.getMessage()));
            }
        }
    }

    private static List<Integer> integers(JsonParser parser) throws RejectedLine {
        expect(parser.currentToken(), JsonToken.START_ARRAY);
        List<Integer> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(integer(parser));
        }
        return values;
    }

    private static List<Double> numbers(JsonParser parser) throws RejectedLine {
        expect(parser.currentToken(), JsonToken.START_ARRAY);
        List<Double> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(number(parser));
        }
        return values;
    }

    private static String model(JsonParser parser) throws RejectedLine {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        String model = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            if (name.equals(Fields.MODEL)) {
                model = text(parser);
            } else {
                parser.skipChildren();
            }
        }
        return required(model, Fields.STATE + "." + Fields.MODEL);
    }

    private static @Nullable Experiment experiment(JsonParser parser) throws RejectedLine {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        String arm = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            switch (name) {
                case Fields.ID -> id = text(parser);
                case Fields.ARM -> arm = text(parser);
                default -> parser.skipChildren();
            }
        }
        return new Experiment(required(id, Fields.EXPERIMENT + ".id"), required(arm, Fields.EXPERIMENT + ".arm"));
    }
}
