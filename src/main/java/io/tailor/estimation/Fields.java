package io.tailor.estimation;

/** The names of the decision log's fields, shared by its writer and its reader. */
final class Fields {

    static final String EVENT_ID = "EventId";
    static final String TIMESTAMP = "Timestamp";
    static final String VERSION = "Version";
    static final String ACTIONS = "a";
    static final String PROBABILITIES = "p";
    static final String LABEL_COST = "_label_cost";
    static final String LABEL_PROBABILITY = "_label_probability";
    static final String LABEL_ACTION = "_label_Action";
    static final String LABEL_INDEX = "_labelIndex";
    static final String CONTEXT = "c";
    static final String STATE = "VWState";
    static final String MODEL = "m";
    static final String POOL = "pool";
    static final String PROBABILITY_KIND = "probability_kind";
    static final String OUTCOME = "outcome";
    static final String RATING = "rating";
    static final String EXPERIMENT = "experiment";
    static final String ARM = "arm";

    static final String USER_ID = "user_id";
    static final String CATEGORY = "category";
    static final String TIME_BLOCK = "time_block";
    static final String PHASE = "phase";
    static final String ARCHETYPE = "archetype";
    static final String MODE = "mode";
    static final String DAY_OF_WEEK = "day_of_week";
    static final String DAYS_SINCE_FIRST_FEEDBACK = "days_since_first_feedback";
    static final String COMPLETION_RATE = "completion_rate";
    static final String UNROTATED_BEST = "unrotated_best";
    static final String CATEGORY_TRIED = "category_tried";
    static final String DAYS_MISSED = "days_missed";
    static final String ON_PROBATION = "on_probation";
    static final String LIBRARY_VERSION = "library_version";
    static final String CANDIDATES = "_multi";

    static final String ID = "id";
    static final String VARIATION_GROUP = "variation_group";
    static final String ARCHETYPE_FIT = "archetype_fit";
    static final String MODE_FIT = "mode_fit";
    static final String FIT = "fit";
    static final String DURATION_MINUTES = "duration_minutes";
    static final String TRIED = "tried";
    static final String FAVORITE = "favorite";
    static final String PROVEN = "proven";
    static final String AFFINITY = "affinity";
    static final String EVIDENCE_VALUE = "evidence_value";
    static final String EVIDENCE_WEIGHT = "evidence_weight";
    static final String POOLED = "pooled";
    static final String DAYS_UNSEEN = "days_unseen";
    static final String SIMILAR_TO_LOVED = "similar_to_loved";
    static final String DIFFICULTY = "difficulty";

    private Fields() {}
}
