package io.tailor.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A {@link StartupConflict} said in one paragraph, with the action to take, instead of a stack trace. */
public class StartupConflictFailureAnalyzer extends AbstractFailureAnalyzer<StartupConflict> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupConflict cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
