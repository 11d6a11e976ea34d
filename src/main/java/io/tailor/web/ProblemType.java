package io.tailor.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of problem the API reports, each with a stable {@code type} URI and title. */
public enum ProblemType {
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Invalid input"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "Malformed JSON"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    PLAN_ITEM_REPORTED("plan-item-reported", HttpStatus.CONFLICT, "Plan item already reported"),
    UNPROCESSABLE("unprocessable", HttpStatus.UNPROCESSABLE_CONTENT, "Request cannot be processed"),
    PLAN_ITEM_MISMATCH("plan-item-mismatch", HttpStatus.UNPROCESSABLE_CONTENT, "Feedback does not match its plan item"),
    FEATURE_DISABLED("feature-disabled", HttpStatus.SERVICE_UNAVAILABLE, "Feature disabled"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "Service busy"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    NOT_IMPLEMENTED("not-implemented", HttpStatus.NOT_IMPLEMENTED, "Method not implemented");

    private static final String BASE = "https://tailor.example/problems/";

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.type = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
