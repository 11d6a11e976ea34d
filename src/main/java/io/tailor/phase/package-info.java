/**
 * Learning phases: the transition rules on event time, progress toward the next phase, manual
 * overrides, and the celebration a transition brings.
 */
@NullMarked
package io.tailor.phase;

import org.jspecify.annotations.NullMarked;
