/**
 * Choosing tasks: the rotation window, the library's best fit, the spec's per-phase mixes in the
 * adaptive selector, seeded draws, and a reason a person can read for every choice. Pure: no Spring,
 * no SQL, no clock.
 */
@NullMarked
package io.tailor.selection;

import org.jspecify.annotations.NullMarked;
