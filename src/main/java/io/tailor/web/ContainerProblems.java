package io.tailor.web;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a status that Tomcat or the servlet error page chose, where no handler of ours
 * said why: a URL, method or header refused before the request reached the API.
 */
final class ContainerProblems {

    private ContainerProblems() {}

    static ProblemDetail of(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return Problems.of(
                    ProblemType.INVALID_INPUT,
                    "The request was rejected: its URL or a header is malformed, not allowed or too large");
        }
        if (status == HttpStatus.NOT_FOUND.value()) {
            return Problems.of(ProblemType.NOT_FOUND, "No such path");
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return Problems.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on this path");
        }
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.status().value() == status)
                .findFirst()
                .map(type -> Problems.of(type, type.title()))
                .orElseGet(() -> generic(status));
    }

    /** A status without a type of ours (431, 505 ...): {@code about:blank}, titled by its reason phrase. */
    private static ProblemDetail generic(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), reason);
        problem.setTitle(reason);
        return problem;
    }
}
