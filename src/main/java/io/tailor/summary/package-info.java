/**
 * Weekly summaries (completion, categories, favorites, streaks, insights, recommendations) from
 * the per-day aggregates, and the spec's success metrics across all users.
 */
@NullMarked
package io.tailor.summary;

import org.jspecify.annotations.NullMarked;
