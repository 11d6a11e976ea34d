package io.tailor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet error page ({@code /error}) as a problem document, in place of Spring Boot's
 * {@code {timestamp, status, error, path}}: for errors the container sends (a {@code TRACE}, a failure
 * in a filter) that no exception handler of ours answered. Written directly, whatever the client accepts.
 */
@Controller
class ErrorPage implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    private final ProblemWriter problems;

    ErrorPage(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(response, problem(request));
    }

    /** The problem for an error the container forwarded here, or a 404 when {@code /error} was asked for. */
    static ProblemDetail problem(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof RequestRejectedException) {
            return RejectedRequests.problem(request);
        }
        if (status == null) {
            // asked for directly rather than forwarded to by the container: a path like any unknown one
            return Problems.of(ProblemType.NOT_FOUND, "No such path: /error");
        }
        int code = status instanceof Integer value ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (code >= 500 && failure instanceof Throwable cause) {
            log.error("Request failed outside the API's handlers", cause);
        }
        return ContainerProblems.of(code);
    }
}
