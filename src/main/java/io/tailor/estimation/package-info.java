/**
 * Off-policy evaluation: reads a log of decisions with their probabilities (Vowpal Wabbit's DSJSON) and
 * estimates by IPS, self-normalized IPS and doubly robust, with user-clustered bootstrap intervals, the
 * completion any other policy would have had on the same contexts, streaming and from seeded draws.
 */
@NullMarked
package io.tailor.estimation;

import org.jspecify.annotations.NullMarked;
