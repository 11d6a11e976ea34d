/**
 * The learned preference profile: per-user totals, per-category and per-task statistics with
 * decayed affinity, the derived sets the selector uses, and its incremental update per feedback.
 */
@NullMarked
package io.tailor.profile;

import org.jspecify.annotations.NullMarked;
