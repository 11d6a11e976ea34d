package io.tailor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's refusals (a header value with control or non-ASCII characters, an encoded slash ...)
 * are the caller's error: a 400 naming the header at fault where there is one, never echoing its value.
 * The firewall judges headers as they are read, so this reads them from the unwrapped request. A method
 * the firewall does not know is a 501.
 */
public final class RejectedRequests {

    private static final String MESSAGE = "header holds characters that are not allowed; send printable ASCII";

    /** What the firewall lets through, and TRACE, which Tomcat refuses with a 405 of its own. */
    private static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private RejectedRequests() {}

    /** The method's name when it is a short token, never echoing anything else a client sent. */
    private static String printable(HttpServletRequest request) {
        String method = request.getMethod();
        return method.length() <= 20 && method.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? method : "sent";
    }

    public static ProblemDetail problem(HttpServletRequest request) {
        if (!KNOWN_METHODS.contains(request.getMethod())) {
            // RFC 9110, 9.1: a method the server does not recognize is a 501, not the client's bad input
            return Problems.of(
                    ProblemType.NOT_IMPLEMENTED, "This service does not implement the method " + printable(request));
        }
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
