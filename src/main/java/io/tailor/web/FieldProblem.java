package io.tailor.web;

/** One bad field of a request, as listed under a problem's {@code errors}. */
public record FieldProblem(String field, String message) {}
