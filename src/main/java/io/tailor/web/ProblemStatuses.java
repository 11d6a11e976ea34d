package io.tailor.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem statuses an endpoint answers for reasons of its own, for the API description. The
 * shared ones are added wherever they apply: 401 where a token is needed; 400, 413 and 415 where
 * there is a body; 503 everywhere, for a database that does not answer.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemStatuses {

    int[] value();
}
