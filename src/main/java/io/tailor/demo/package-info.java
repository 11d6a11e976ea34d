/** Demo data: three users with four weeks of history, recorded through the real API so the views have something to show. */
@NullMarked
package io.tailor.demo;

import org.jspecify.annotations.NullMarked;
