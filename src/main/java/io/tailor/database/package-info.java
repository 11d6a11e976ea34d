/**
 * Where the data lives: the embedded PostgreSQL or an external one, the owner connection that runs
 * migrations, and the unprivileged pool that serves requests under row-level security.
 */
@NullMarked
package io.tailor.database;

import org.jspecify.annotations.NullMarked;
