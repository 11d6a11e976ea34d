package io.tailor.security;

import io.tailor.web.ProblemType;
import io.tailor.web.Problems;
import io.tailor.web.RejectedRequests;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/** The security filters' failures as RFC 9457 problems, like every other error of the API. */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, ProblemType.UNAUTHORIZED, detail(exception));
        };
    }

    /**
     * A bearer token that could not be judged because its signing key could not be fetched is our
     * failure, not the caller's: 503. Other failures are 401s, or rethrown like Spring Security does.
     */
    AuthenticationFailureHandler failedAuthentication() {
        AuthenticationEntryPoint unauthorized = unauthorized();
        return (request, response, exception) -> {
            if (causedByUnavailableKeys(exception)) {
                write(response, ProblemType.UNAVAILABLE, "The token's signing keys cannot be fetched; try again later");
            } else if (exception instanceof AuthenticationServiceException) {
                throw exception;
            } else {
                unauthorized.commence(request, response, exception);
            }
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, ProblemType.FORBIDDEN, detail(exception));
    }

    /** The firewall's refusals as 400 problems (see {@link RejectedRequests}). */
    RequestRejectedHandler rejected() {
        return (request, response, exception) -> write(response, RejectedRequests.problem(request));
    }

    private static String detail(AuthenticationException exception) {
        if (exception instanceof InvalidBearerTokenException) {
            return "The bearer token is invalid: " + exception.getMessage();
        }
        return "Send a valid bearer token: Authorization: Bearer <JWT>";
    }

    private static String detail(AccessDeniedException exception) {
        return "This endpoint needs the service role";
    }

    private static boolean causedByUnavailableKeys(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PublishedKeys.Unavailable) {
                return true;
            }
        }
        return false;
    }

    private void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(response, Problems.of(type, detail));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
