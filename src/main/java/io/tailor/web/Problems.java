package io.tailor.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem bodies, for the MVC advice and for the security filters alike. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    public static ProblemDetail of(ProblemType type, String detail, List<FieldProblem> errors) {
        return of(type, detail, errors, Map.of());
    }

    public static ProblemDetail of(
            ProblemType type, String detail, List<FieldProblem> errors, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        properties.forEach(problem::setProperty);
        return problem;
    }
}
