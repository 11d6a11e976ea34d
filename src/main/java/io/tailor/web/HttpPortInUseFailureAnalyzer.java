package io.tailor.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A busy HTTP port said in one paragraph, naming the variable to change, instead of a stack trace. */
public class HttpPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<HttpPortInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HttpPortInUse cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
