/**
 * Who is calling: JWT verification, the caller's {@link io.tailor.security.Identity}, and the
 * per-transaction database identity that row-level security checks.
 */
@NullMarked
package io.tailor.security;

import org.jspecify.annotations.NullMarked;
