/** The companion web app: its two views, served from the jar, and the "try it as" sign-in of the embedded default. */
@NullMarked
package io.tailor.webapp;

import org.jspecify.annotations.NullMarked;
