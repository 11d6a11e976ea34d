package io.tailor.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report as a problem document instead of an HTML page: for what Tomcat refuses before
 * any servlet runs (an oversized header, {@code %2F} or {@code %00} in the path, control characters).
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            problems.write(response, ContainerProblems.of(status));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error report for status {}", status, e);
        }
    }
}
