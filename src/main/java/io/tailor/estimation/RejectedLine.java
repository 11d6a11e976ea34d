package io.tailor.estimation;

/** A line that cannot be evaluated, and why; thrown without a stack trace, as rejections are routine. */
final class RejectedLine extends Exception {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;

    RejectedLine(Rejection rejection, String detail) {
        super(detail, null, false, false);
        this.rejection = rejection;
    }

    Rejection rejection() {
        return rejection;
    }
}
