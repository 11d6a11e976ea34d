package io.tailor.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A busy port or a data directory in use, said in one paragraph instead of a stack trace. */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseConflict> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseConflict cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
