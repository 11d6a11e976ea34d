package io.tailor.security;

import io.tailor.web.ProblemType;
import io.tailor.web.ProblemWriter;
import io.tailor.web.RejectedRequests;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The security filters' failures as RFC 9457 problems, like every other error of the API. */
final class ProblemResponses {

    private final ProblemWriter problems;

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(response, ProblemType.UNAUTHORIZED, detail(exception));
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
                problems.write(
                        response,
                        ProblemType.UNAVAILABLE,
                        "The token's signing keys cannot be fetched; try again later");
            } else if (exception instanceof AuthenticationServiceException) {
                throw exception;
            } else {
                unauthorized.commence(request, response, exception);
            }
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                problems.write(response, ProblemType.FORBIDDEN, "This endpoint needs the service role");
    }

    /** The firewall's refusals as 400 problems (see {@link RejectedRequests}). */
    RequestRejectedHandler rejected() {
        return (request, response, exception) -> problems.write(response, RejectedRequests.problem(request));
    }

    private static String detail(AuthenticationException exception) {
        if (exception instanceof InvalidBearerTokenException) {
            return "The bearer token is invalid: " + exception.getMessage();
        }
        return "Send a valid bearer token: Authorization: Bearer <JWT>";
    }

    private static boolean causedByUnavailableKeys(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PublishedKeys.Unavailable) {
                return true;
            }
        }
        return false;
    }
}
