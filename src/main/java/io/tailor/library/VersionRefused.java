package io.tailor.library;

import java.util.List;

/**
 * A library version operation that the stored versions refuse; the controller answers it as a problem (the
 * library speaks no HTTP). {@code problems} name the fields of the document at fault.
 */
final class VersionRefused extends RuntimeException {

    enum Why {
        NOT_FOUND,
        NAME_TAKEN,
        MEANING_CHANGED
    }

    private final Why why;
    private final List<LibraryRules.Problem> problems;

    VersionRefused(Why why, String detail, List<LibraryRules.Problem> problems) {
        super(detail);
        this.why = why;
        this.problems = List.copyOf(problems);
    }

    static VersionRefused notFound(String version) {
        return new VersionRefused(Why.NOT_FOUND, "No library version '" + version + "'", List.of());
    }

    /** The problem's detail: every refusal has one. */
    String detail() {
        return java.util.Objects.requireNonNull(getMessage());
    }

    Why why() {
        return why;
    }

    List<LibraryRules.Problem> problems() {
        return problems;
    }
}
