/**
 * The offline evaluation: synthetic users with hidden tastes, planned for day by day by the real
 * selection strategies and learning from their outcomes through the real profile and phase rules, on
 * event time and from seeded draws, so months replay in seconds and the same seed gives the same report.
 */
@NullMarked
package io.tailor.simulation;

import org.jspecify.annotations.NullMarked;
