/**
 * Gatling load scenarios against a running service: the app's day for a closed and an open
 * population of users, and one user's request cost as their history grows.
 */
@NullMarked
package io.tailor.load;

import org.jspecify.annotations.NullMarked;
