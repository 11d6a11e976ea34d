/** A user's data rights: an export of everything held about them, erasure from every table, and a reset of what was learned. */
@NullMarked
package io.tailor.privacy;

import org.jspecify.annotations.NullMarked;
