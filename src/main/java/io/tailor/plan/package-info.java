/**
 * Daily plans: generation behind the feature flags, the fallback source, stored plans and their
 * items, whose status follows the feedback that names them.
 */
@NullMarked
package io.tailor.plan;

import org.jspecify.annotations.NullMarked;
