/**
 * Pooled priors: what users did with each task, across users and per cohort, refreshed on an interval
 * and on demand, holding counts only, for the learning policies to start a new user from.
 */
@NullMarked
package io.tailor.priors;

import org.jspecify.annotations.NullMarked;
