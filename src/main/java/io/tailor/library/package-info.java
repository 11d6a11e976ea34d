/**
 * The task library: tasks, categories, archetypes and modes, their scoring (70% archetype fit + 30%
 * mode fit), seeding, the rotation window over recently used variation groups, and {@code GET /tasks}.
 */
@NullMarked
package io.tailor.library;

import org.jspecify.annotations.NullMarked;
