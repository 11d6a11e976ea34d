package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.ExpectedLogs;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/** The handler Spring picks for each database failure, and what its problem tells the client. */
class ApiExceptionHandlerTest {

    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(ApiExceptionHandler.class);

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final ExceptionHandlerMethodResolver resolver =
            new ExceptionHandlerMethodResolver(ApiExceptionHandler.class);

    @Test
    void noConnectionFromThePoolSaysNothingWasRecorded() throws Exception {
        ProblemDetail problem = handle(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).contains("nothing was recorded");
        assertThat(logs.messages()).containsExactly("Database unavailable");
    }

    /** 200 clients on two cores: every connection lent, the database fine. */
    @Test
    void aFullPoolSaysTheServiceIsBusyWithRetryAfter() throws Exception {
        Exception busy = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "tailor-app - Connection is not available, request timed out after 3000ms"));
        Method method = resolver.resolveMethod(busy);
        assertThat(method).isNotNull();
        ResponseEntity<?> reply = (ResponseEntity<?>) method.invoke(handler, busy);

        assertThat(reply.getStatusCode().value()).isEqualTo(503);
        assertThat(reply.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(((ProblemDetail) reply.getBody()).getType().toString()).endsWith("/busy");
        assertThat(logs.messages()).singleElement().asString().startsWith("Request pool busy");
    }

    /** The fault suite's stall: a statement sent before it was committed after it, its client long gone. */
    @Test
    void aConnectionLostAfterTheStatementWasSentDoesNotClaimNothingWasRecorded() throws Exception {
        ProblemDetail problem = handle(new DataAccessResourceFailureException(
                "PreparedStatementCallback", new SQLException("An I/O error occurred while sending to the backend")));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType().toString()).endsWith("/unavailable");
        assertThat(problem.getDetail())
                .doesNotContain("nothing was recorded")
                .contains("may or may not have been recorded", "same Idempotency-Key");
        assertThat(logs.messages()).containsExactly("Database stopped answering");
    }

    private ProblemDetail handle(Exception e) throws Exception {
        Method method = resolver.resolveMethod(e);
        assertThat(method).isNotNull();
        Object reply = method.invoke(handler, e);
        return reply instanceof ResponseEntity<?> entity ? (ProblemDetail) entity.getBody() : (ProblemDetail) reply;
    }
}
