/**
 * Experiments with a holdout: arms served by named policies, users assigned by a stable hash, and each arm's
 * completion, rating and variety with bootstrap intervals.
 */
@NullMarked
package io.tailor.experiment;

import org.jspecify.annotations.NullMarked;
