package io.tailor.estimation;

import static io.tailor.estimation.DecisionLineParser.bool;
import static io.tailor.estimation.DecisionLineParser.integer;
import static io.tailor.estimation.DecisionLineParser.malformed;
import static io.tailor.estimation.DecisionLineParser.required;
import static io.tailor.estimation.DecisionLineParser.text;

import io.tailor.estimation.DecisionLine.Context;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The {@code c} object of a log line: the shared context and the {@code _multi} list of candidates. */
final class ContextParser {

    private ContextParser() {}

    static Context read(JsonParser parser) throws RejectedLine {
        object(parser);
        String userId = null;
        String category = null;
        String timeBlock = null;
        String phase = null;
        String archetype = null;
        String mode = null;
        String dayOfWeek = null;
        Integer days = null;
        Double completionRate = null;
        String libraryVersion = null;
        String unrotatedBest = null;
        Integer categoryTried = null;
        Integer daysMissed = null;
        List<CandidateFeatures> candidates = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            switch (name) {
                case Fields.USER_ID -> userId = text(parser);
                case Fields.CATEGORY -> category = text(parser);
                case Fields.TIME_BLOCK -> timeBlock = text(parser);
                case Fields.PHASE -> phase = text(parser);
                case Fields.ARCHETYPE -> archetype = text(parser);
                case Fields.MODE -> mode = text(parser);
                case Fields.DAY_OF_WEEK -> dayOfWeek = text(parser);
                case Fields.DAYS_SINCE_FIRST_FEEDBACK ->
                    days = parser.currentToken() == JsonToken.VALUE_NULL ? null : integer(parser);
                case Fields.COMPLETION_RATE ->
                    completionRate =
                            parser.currentToken() == JsonToken.VALUE_NULL ? null : DecisionLineParser.number(parser);
                case Fields.LIBRARY_VERSION -> libraryVersion = text(parser);
                case Fields.UNROTATED_BEST ->
                    unrotatedBest = parser.currentToken() == JsonToken.VALUE_NULL ? null : text(parser);
                case Fields.CATEGORY_TRIED ->
                    categoryTried = parser.currentToken() == JsonToken.VALUE_NULL ? null : integer(parser);
                case Fields.DAYS_MISSED ->
                    daysMissed = parser.currentToken() == JsonToken.VALUE_NULL ? null : integer(parser);
                case Fields.CANDIDATES -> candidates = candidates(parser);
                default -> parser.skipChildren();
            }
        }
        return new Context(
                required(userId, Fields.USER_ID),
                required(category, Fields.CATEGORY),
                required(timeBlock, Fields.TIME_BLOCK),
                required(phase, Fields.PHASE),
                required(archetype, Fields.ARCHETYPE),
                required(mode, Fields.MODE),
                required(dayOfWeek, Fields.DAY_OF_WEEK),
                days,
                completionRate,
                required(libraryVersion, Fields.LIBRARY_VERSION),
                unrotatedBest,
                categoryTried,
                required(candidates, Fields.CANDIDATES),
                daysMissed);
    }

    private static void object(JsonParser parser) throws RejectedLine {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw malformed("expected an object, got " + parser.currentToken());
        }
    }

    static List<CandidateFeatures> candidates(JsonParser parser) throws RejectedLine {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw malformed("expected the list of candidates, got " + parser.currentToken());
        }
        List<CandidateFeatures> candidates = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            candidates.add(candidate(parser));
        }
        return candidates;
    }

    private static CandidateFeatures candidate(JsonParser parser) throws RejectedLine {
        object(parser);
        Candidate candidate = new Candidate();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            candidate.read(name, parser);
        }
        return candidate.features();
    }

    /** A candidate's fields as they come. */
    private static final class Candidate {

        private @Nullable String id;
        private @Nullable String category;
        private @Nullable String variationGroup;
        private final double[] numbers = new double[6];
        private final boolean[] flags = new boolean[3];
        private boolean onProbation;
        private @Nullable Integer duration;
        private @Nullable Double pooled;
        private @Nullable Integer daysUnseen;
        private boolean similarToLoved;
        private @Nullable Integer difficulty;
        private int seen;

        void read(String name, JsonParser parser) throws RejectedLine {
            switch (name) {
                case Fields.ID -> id = text(parser);
                case Fields.CATEGORY -> category = text(parser);
                case Fields.VARIATION_GROUP -> variationGroup = text(parser);
                case Fields.ARCHETYPE_FIT -> number(parser, 0);
                case Fields.MODE_FIT -> number(parser, 1);
                case Fields.FIT -> number(parser, 2);
                case Fields.AFFINITY -> number(parser, 3);
                case Fields.EVIDENCE_VALUE -> number(parser, 4);
                case Fields.EVIDENCE_WEIGHT -> number(parser, 5);
                case Fields.TRIED -> flag(parser, 0);
                case Fields.FAVORITE -> flag(parser, 1);
                case Fields.PROVEN -> flag(parser, 2);
                case Fields.ON_PROBATION -> onProbation = bool(parser);
                case Fields.DURATION_MINUTES -> duration = integer(parser);
                case Fields.POOLED -> pooled = DecisionLineParser.number(parser);
                case Fields.DAYS_UNSEEN -> daysUnseen = integer(parser);
                case Fields.SIMILAR_TO_LOVED -> similarToLoved = bool(parser);
                case Fields.DIFFICULTY -> difficulty = integer(parser);
                default -> parser.skipChildren();
            }
        }

        private void number(JsonParser parser, int index) throws RejectedLine {
            numbers[index] = DecisionLineParser.number(parser);
            seen |= 1 << index;
        }

        private void flag(JsonParser parser, int index) throws RejectedLine {
            flags[index] = bool(parser);
            seen |= 1 << (numbers.length + index);
        }

        CandidateFeatures features() throws RejectedLine {
            if (seen != (1 << (numbers.length + flags.length)) - 1) {
                throw malformed("a candidate lacks a fit, affinity, evidence or flag field");
            }
            return new CandidateFeatures(
                    required(id, Fields.ID),
                    required(category, Fields.CANDIDATES + "." + Fields.CATEGORY),
                    required(variationGroup, Fields.VARIATION_GROUP),
                    numbers[0],
                    numbers[1],
                    numbers[2],
                    required(duration, Fields.DURATION_MINUTES),
                    flags[0],
                    flags[1],
                    flags[2],
                    onProbation,
                    numbers[3],
                    numbers[4],
                    numbers[5],
                    pooled,
                    daysUnseen,
                    similarToLoved,
                    difficulty);
        }
    }
}
