/** Shared HTTP plumbing: RFC 9457 problem responses and the exceptions that produce them. */
@NullMarked
package io.tailor.web;

import org.jspecify.annotations.NullMarked;
