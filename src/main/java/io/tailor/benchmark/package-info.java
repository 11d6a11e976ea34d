/**
 * The load benchmark: virtual users driving the real flow (plan, five feedbacks, profile, weekly
 * summary) over HTTP against a running service, with per-endpoint latency percentiles.
 */
@NullMarked
package io.tailor.benchmark;

import org.jspecify.annotations.NullMarked;
