package io.tailor.web;

import java.util.List;
import java.util.Map;

/** An expected failure that the API reports as a problem response of the given type. */
public class ApiException extends RuntimeException {

    private final ProblemType problemType;
    private final String detail;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties;

    public ApiException(ProblemType problemType, String detail) {
        this(problemType, detail, List.of());
    }

    public ApiException(ProblemType problemType, String detail, List<FieldProblem> errors) {
        this(problemType, detail, errors, Map.of());
    }

    /** With extra members of the problem document, e.g. the id of the record a conflict is about. */
    public ApiException(
            ProblemType problemType, String detail, List<FieldProblem> errors, Map<String, Object> properties) {
        super(detail);
        this.problemType = problemType;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    /** The problem's detail, never null: every constructor takes one. */
    @Override
    public String getMessage() {
        return detail;
    }

    /** A problem of this type about one field, its detail prefixed with the field's name as 400s are. */
    public static ApiException about(ProblemType type, String field, String message) {
        return new ApiException(type, field + ": " + message, List.of(new FieldProblem(field, message)));
    }

    /** A 400 naming one bad field or parameter. */
    public static ApiException invalid(String field, String message) {
        return about(ProblemType.INVALID_INPUT, field, message);
    }

    /** A 400 naming every bad field, as Bean Validation's failures are reported. */
    public static ApiException invalid(List<FieldProblem> errors) {
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return new ApiException(ProblemType.INVALID_INPUT, detail, errors);
    }

    /** A 422: well-formed input that contradicts what the service knows. */
    public static ApiException unprocessable(String field, String message) {
        return about(ProblemType.UNPROCESSABLE, field, message);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException disabled(String flag) {
        return new ApiException(ProblemType.FEATURE_DISABLED, "This feature is switched off (" + flag + "=false)");
    }

    public ProblemType problemType() {
        return problemType;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
