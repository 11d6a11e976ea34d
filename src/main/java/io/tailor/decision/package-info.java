/**
 * The decision log: every plan item as a logged decision with the probabilities of its candidates, as the
 * plan statement stores it and as the service exports it for offline evaluation.
 */
@NullMarked
package io.tailor.decision;

import org.jspecify.annotations.NullMarked;
