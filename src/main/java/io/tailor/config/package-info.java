/**
 * Typed, validated feature flags (the seed's environment variables with the seed's defaults), the data
 * directory, the clock, and what start-up says when something outside the service is in the way.
 */
@NullMarked
package io.tailor.config;

import org.jspecify.annotations.NullMarked;
