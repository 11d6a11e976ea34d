package io.tailor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error leaves the API as {@code application/problem+json}, naming the field at fault where there is one.
 * First in line, so that no framework default answers in another shape. Not a {@code
 * ResponseEntityExceptionHandler}: its overrides would replace each of its bodies with ours (our type URIs,
 * titles and field errors) through longer signatures, and it knows none of the database failures below.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Set<String> TIMED_OUT = Set.of("55P03", "57014");

    @ExceptionHandler
    ProblemDetail api(ApiException e) {
        return Problems.of(e.problemType(), e.getMessage(), e.errors(), e.properties());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return invalid(field, "unknown field");
        }
        if (causedBy(e, Utf8Body.InvalidUtf8.class)) {
            return e.getCause() instanceof JacksonException jackson
                            && !jackson.getPath().isEmpty()
                    ? invalid(path(jackson), Utf8Body.MESSAGE)
                    : Problems.of(ProblemType.MALFORMED_JSON, "The request body " + Utf8Body.MESSAGE);
        }
        if (e.getCause() instanceof StreamReadException read
                && read.getOriginalMessage().startsWith("Duplicate Object property")
                && read.processor() != null) {
            return invalid(read.processor().streamReadContext().currentName(), "is given more than once");
        }
        if (e.getCause() instanceof InputCoercionException number && number.processor() != null) {
            // well-formed JSON, a number too large for the field's type
            return invalid(number.processor().streamReadContext().currentName(), "is out of range");
        }
        if (e.getCause() instanceof StreamReadException) {
            return Problems.of(ProblemType.MALFORMED_JSON, "The request body is not valid JSON");
        }
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return invalid(path(jackson), wrongShape(jackson));
        }
        return Problems.of(ProblemType.MALFORMED_JSON, "The request body is missing or cannot be read");
    }

    @ExceptionHandler
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(snakeCase(error.getField()), message(error)))
                .toList();
        return api(ApiException.invalid(errors));
    }

    @ExceptionHandler
    ProblemDetail notValid(HandlerMethodValidationException e) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                snakeCase(Objects.requireNonNull(
                                        result.getMethodParameter().getParameterName())),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return api(ApiException.invalid(errors));
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), "cannot be read from '" + e.getValue() + "'");
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(e.getParameterName(), "is required");
    }

    @ExceptionHandler
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return invalid(e.getHeaderName(), "header is required");
    }

    /** The firewall judges headers as they are read, so its refusals can surface here too. */
    @ExceptionHandler
    ProblemDetail rejected(RequestRejectedException e, HttpServletRequest request) {
        return RejectedRequests.problem(request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(ProblemType.METHOD_NOT_ALLOWED.status())
                .headers(e.getHeaders()) // Allow, as RFC 9110 requires with a 405
                .body(Problems.of(
                        ProblemType.METHOD_NOT_ALLOWED, "Request method '" + e.getMethod() + "' is not supported"));
    }

    @ExceptionHandler
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
    }

    @ExceptionHandler
    ProblemDetail noSuchPath(NoResourceFoundException e) {
        return Problems.of(ProblemType.NOT_FOUND, "No such path: /" + e.getResourcePath());
    }

    /**
     * No connection, so no statement was sent: either every pooled connection is serving another request
     * (the service is busy, the database fine) or the database cannot be reached.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        if (PoolExhaustion.isCause(e)) {
            log.warn(
                    "Request pool busy: {}",
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return ResponseEntity.status(ProblemType.BUSY.status())
                    .header(HttpHeaders.RETRY_AFTER, PoolExhaustion.RETRY_AFTER_SECONDS)
                    .body(Problems.of(
                            ProblemType.BUSY,
                            "Every database connection is serving another request; nothing was recorded."
                                    + " Retry after a second."));
        }
        log.error("Database unavailable", e);
        return ResponseEntity.status(ProblemType.UNAVAILABLE.status())
                .body(Problems.of(
                        ProblemType.UNAVAILABLE, "The database is unavailable; nothing was recorded. Retry later."));
    }

    /**
     * The connection broke or timed out after the statement was sent: a stalled server may still run and
     * commit it once it resumes (the fault suite saw it), so the reply cannot say that nothing was recorded.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class})
    ProblemDetail databaseLost(Exception e) {
        log.error("Database stopped answering", e);
        return Problems.of(
                ProblemType.UNAVAILABLE,
                "The database stopped answering during the request, which may or may not have been recorded."
                        + " Retry later; a feedback retried with the same Idempotency-Key is recorded once.");
    }

    /** A statement that waited for a lock or ran past its timeout: the database is busy, not the input bad. */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ProblemDetail databaseTooSlow(DataAccessException e) {
        log.warn("Database did not answer in time: {}", e.getMostSpecificCause().getMessage());
        return Problems.of(
                ProblemType.UNAVAILABLE, "The database did not answer in time; nothing was recorded. Retry later.");
    }

    /** PostgreSQL's lock_timeout (55P03) and statement_timeout (57014) reach us uncategorized. */
    @ExceptionHandler
    ProblemDetail uncategorized(UncategorizedSQLException e) {
        String state = e.getSQLException() == null ? "" : e.getSQLException().getSQLState();
        return TIMED_OUT.contains(state) ? databaseTooSlow(e) : unexpected(e);
    }

    /** A unique key taken by a concurrent request: retry, and the stored row will answer. */
    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e) {
        return Problems.of(
                ProblemType.CONFLICT, "A concurrent request created the same record; nothing was recorded. Retry.");
    }

    /** A value the database's constraints refuse that validation let through: the client's input, not our fault. */
    @ExceptionHandler
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e) {
        log.warn(
                "Input refused by a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return Problems.of(ProblemType.INVALID_INPUT, "A value in the request cannot be stored; nothing was recorded.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse framework) {
            // Spring MVC's own failures (406, 413 from the container, ...) already carry a problem body.
            return framework.getBody();
        }
        log.error("Unexpected failure", e);
        return Problems.of(ProblemType.INTERNAL, "Something went wrong on our side; nothing was recorded.");
    }

    private ProblemDetail invalid(String field, String message) {
        return api(ApiException.invalid(field, message));
    }

    /** What {@link StrictJson} refuses, said plainly; anything else in general terms. */
    private static String wrongShape(JacksonException e) {
        if (e instanceof StrictJson.Refusal refusal) {
            return refusal.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return format.getValue() instanceof String ? "holds a lone surrogate" : "must be a string";
        }
        return "has the wrong type or format";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String message(FieldError error) {
        return String.valueOf(error.getDefaultMessage());
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
