package io.tailor.config;

import org.jspecify.annotations.Nullable;

/**
 * Start-up cannot go on because something outside the service is in the way (a busy port, a data
 * directory in use): says what is wrong and what to change, and {@link StartupConflictFailureAnalyzer}
 * prints both instead of a stack trace.
 */
public class StartupConflict extends RuntimeException {

    private final String action;

    public StartupConflict(String description, String action, @Nullable Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
