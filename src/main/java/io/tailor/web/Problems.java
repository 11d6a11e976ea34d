package io.tailor.web;

import java.util.List;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem bodies, for the MVC advice and for the security filters alike. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    public static ProblemDetail of(ProblemType type, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
