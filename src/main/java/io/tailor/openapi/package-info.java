/**
 * The OpenAPI 3.1 description of the API, served at {@code /v3/api-docs}: its frame, and the rules that
 * let the controllers' and records' own annotations describe them truly.
 */
@NullMarked
package io.tailor.openapi;

import org.jspecify.annotations.NullMarked;
