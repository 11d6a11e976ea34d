package io.tailor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's refusals (a header value with control or non-ASCII characters, an encoded slash ...)
 * are the caller's error: a 400 naming the header at fault where there is one, never echoing its value.
 * The firewall judges headers as they are read, so this reads them from the unwrapped request.
 */
public final class RejectedRequests {

    private static final String MESSAGE = "header holds characters that are not allowed; send printable ASCII";

    private RejectedRequests() {}

    public static ProblemDetail problem(HttpServletRequest request) {
        HttpServletRequest raw = request;
        while (raw instanceof HttpServletRequestWrapper wrapper
                && wrapper.getRequest() instanceof HttpServletRequest inner) {
            raw = inner;
        }
        for (String name : Collections.list(raw.getHeaderNames())) {
            if (!StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(name)) {
                return Problems.of(ProblemType.INVALID_INPUT, "A header name holds characters that are not allowed");
            }
            for (String value : Collections.list(raw.getHeaders(name))) {
                if (!StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value)) {
                    return Problems.of(
                            ProblemType.INVALID_INPUT, name + ": " + MESSAGE, List.of(new FieldProblem(name, MESSAGE)));
                }
            }
        }
        return Problems.of(ProblemType.INVALID_INPUT, "The request was rejected: its URL or headers are not allowed");
    }
}
