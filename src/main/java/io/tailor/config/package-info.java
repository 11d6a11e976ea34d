/** Typed, validated feature flags: the seed's environment variables with the seed's defaults. */
@NullMarked
package io.tailor.config;

import org.jspecify.annotations.NullMarked;
