package io.tailor.estimation;

/** Why a line of the decision log is left out of an evaluation; each is counted and reported, never dropped silently. */
public enum Rejection {
    MALFORMED("malformed JSON or missing fields"),
    NO_PROBABILITY("no or zero probability for the chosen action"),
    NOT_A_DISTRIBUTION("probabilities negative or not summing to 1"),
    PENDING("outcome pending"),
    OTHER_LIBRARY_VERSION("another library version");

    private final String reason;

    Rejection(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
